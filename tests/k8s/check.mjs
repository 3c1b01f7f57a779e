// The deployment checks (scripts/deployment-check.sh runs this with the rendered overlays):
//   node check.mjs REPO_ROOT dev.yaml prod.yaml
// 1. every object of both overlays validates against the Kubernetes schemas (kubernetes-models; KEDA's from
//    @kubernetes-models/keda; the RabbitMQ operators' kinds, which have no published models, against their required
//    fields here); 2. every Deployment has startup, liveness and readiness probes, requests and limits, the restricted
//    securityContext, topology spread, and a matching Service, PodDisruptionBudget, NetworkPolicy and exactly one
//    scaler; only the gateway is behind the Ingress; every service keeps /data/codebooks on a claim, ReadWriteMany when scaled;
//    3. every environment variable (and secret file named like one) set in docker-compose.yml, in
//    docker-compose.sqlserver.yml and in the overlays is a configuration key the app reads;
//    4. compose and the dev overlay agree on the apps, their ports and their image names and tags (and so does
//    scripts/images.sh), and what k8s keeps on a claim compose keeps in a volume.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

const [root, ...renders] = process.argv.slice(2);
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// --- 1. schemas --------------------------------------------------------------------------------------------------
const rabbitRequired = { RabbitmqCluster: [], User: ['rabbitmqClusterReference'], Permission: ['vhost', 'user', 'permissions', 'rabbitmqClusterReference'] };
async function modelFor(apiVersion, kind) {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const candidates = group === '' ? [`kubernetes-models/${version}`]
    : group.endsWith('keda.sh') ? [`@kubernetes-models/keda/${group}/${version}`]
    : [`kubernetes-models/${group}/${version}`];
  for (const module of candidates) {
    try { const m = await import(module); if (m[kind]) return m[kind]; } catch { /* not this module */ }
  }
  return null;
}
async function validate(overlay, object) {
  const where = `${overlay} ${object.kind}/${object.metadata?.name}`;
  if (object.apiVersion === 'rabbitmq.com/v1beta1' && object.kind in rabbitRequired) {
    for (const field of rabbitRequired[object.kind]) if (object.spec?.[field] === undefined) fail(where, `spec.${field} is required`);
    return;
  }
  // kustomize wraps generated base64 at 76 columns; the API server's decoder skips the line breaks, the schema does not.
  if (object.kind === 'Secret' && object.data)
    object = { ...object, data: Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, v.replace(/\s/g, '')])) };
  const Model = await modelFor(object.apiVersion, object.kind);
  if (!Model) return fail(where, `no schema for ${object.apiVersion} ${object.kind}`);
  try { new Model(object).validate(); } catch (error) { fail(where, `invalid: ${error.message.split('\n').slice(0, 4).join(' ')}`); }
}

// --- 2. what every Deployment needs ------------------------------------------------------------------------------
const matches = (selector, labels) => selector && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
function checkDeployments(overlay, objects) {
  const of = kind => objects.filter(o => o.kind === kind);
  for (const d of of('Deployment')) {
    const name = d.metadata.name, where = `${overlay} Deployment/${name}`, pod = d.spec.template.spec;
    const labels = d.spec.template.metadata.labels;
    const psc = pod.securityContext ?? {};
    if (psc.runAsNonRoot !== true) fail(where, 'pod securityContext.runAsNonRoot must be true');
    if (!Number.isInteger(psc.runAsUser) || psc.runAsUser <= 0) fail(where, 'pod securityContext.runAsUser must be a numeric non-root user');
    if (psc.seccompProfile?.type !== 'RuntimeDefault') fail(where, 'pod seccompProfile must be RuntimeDefault');
    if (!(pod.topologySpreadConstraints?.length > 0)) fail(where, 'no topologySpreadConstraints');
    for (const c of pod.containers) {
      const cw = `${where} container ${c.name}`, sc = c.securityContext ?? {};
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) if (!c[probe]) fail(cw, `no ${probe}`);
      for (const kind of ['requests', 'limits']) for (const r of ['cpu', 'memory'])
        if (!c.resources?.[kind]?.[r]) fail(cw, `no resources.${kind}.${r}`);
      if (sc.readOnlyRootFilesystem !== true) fail(cw, 'readOnlyRootFilesystem must be true');
      if (sc.allowPrivilegeEscalation !== false) fail(cw, 'allowPrivilegeEscalation must be false');
      if (!sc.capabilities?.drop?.includes('ALL')) fail(cw, 'capabilities must drop ALL');
      if (!/:[^/:]+$/.test(c.image) || c.image.endsWith(':latest')) fail(cw, `image ${c.image} has no release tag`);
      if (!c.ports?.some(p => p.containerPort === 8080)) fail(cw, 'does not expose port 8080 (ASPNETCORE_HTTP_PORTS)');
    }
    if (!of('Service').some(s => matches(s.spec.selector, labels) && s.spec.ports?.length)) fail(where, 'no Service selects it');
    if (!of('PodDisruptionBudget').some(p => matches(p.spec.selector?.matchLabels, labels))) fail(where, 'no PodDisruptionBudget selects it');
    if (!of('NetworkPolicy').some(n => Object.keys(n.spec.podSelector?.matchLabels ?? {}).length && matches(n.spec.podSelector.matchLabels, labels)))
      fail(where, 'no NetworkPolicy of its own');
    const scalers = [...of('HorizontalPodAutoscaler').filter(h => h.spec.scaleTargetRef?.kind === 'Deployment' && h.spec.scaleTargetRef.name === name),
      ...of('ScaledObject').filter(s => s.spec.scaleTargetRef?.name === name)];
    if (scalers.length !== 1) fail(where, `needs exactly one HorizontalPodAutoscaler or ScaledObject, has ${scalers.length}`);
    for (const s of of('ScaledObject').filter(s => s.spec.scaleTargetRef?.name === name))
      if (!s.spec.triggers?.some(t => t.type === 'rabbitmq' && t.metadata?.queueName)) fail(where, 'its ScaledObject has no RabbitMQ queue trigger');
  }
  for (const i of of('Ingress')) for (const rule of i.spec.rules ?? []) for (const p of rule.http?.paths ?? [])
    if (p.backend?.service?.name !== 'gateway') fail(`${overlay} Ingress/${i.metadata.name}`, `routes to ${p.backend?.service?.name}, not the gateway`);
  if (!of('Ingress').length) fail(overlay, 'no Ingress to the gateway');
}

// Code books published at run time: every replica of a service saves them in /data/codebooks, and one that was down
// when a book was published reads it there when it starts; so that folder must be on a claim (it outlives the pod),
// ReadWriteMany wherever the Deployment may run more than one replica (all of them share it).
function checkCodeBookFolders(overlay, objects) {
  const claims = new Map(objects.filter(o => o.kind === 'PersistentVolumeClaim').map(c => [c.metadata.name, c]));
  const folder = '/data/codebooks';
  for (const d of objects.filter(o => o.kind === 'Deployment')) {
    const pod = d.spec.template.spec, c = pod.containers[0], where = `${overlay} Deployment/${d.metadata.name}`;
    if (!(c.env ?? []).some(e => e.name.startsWith('RabbitMq__'))) continue; // only the services keep code books
    const mount = (c.volumeMounts ?? []).filter(m => folder === m.mountPath || folder.startsWith(`${m.mountPath.replace(/\/$/, '')}/`))
      .sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
    const claim = claims.get(pod.volumes?.find(v => v.name === mount?.name)?.persistentVolumeClaim?.claimName);
    if (!claim) { fail(where, `${folder} is not on a PersistentVolumeClaim`); continue; }
    const replicas = Math.max(d.spec.replicas ?? 1,
      ...objects.filter(o => o.kind === 'HorizontalPodAutoscaler' && o.spec.scaleTargetRef?.name === d.metadata.name).map(h => h.spec.maxReplicas),
      ...objects.filter(o => o.kind === 'ScaledObject' && o.spec.scaleTargetRef?.name === d.metadata.name).map(s => s.spec.maxReplicaCount ?? 100));
    if (replicas > 1 && !claim.spec.accessModes?.includes('ReadWriteMany'))
      fail(where, `${folder} is on claim ${claim.metadata.name}, which is not ReadWriteMany, but up to ${replicas} replicas share it`);
  }
}

// --- 3. configuration keys the apps read ---------------------------------------------------------------------------
const read = file => fs.readFileSync(path.join(root, file), 'utf8');
const csFiles = dir => fs.readdirSync(path.join(root, dir), { recursive: true })
  .filter(f => f.endsWith('.cs') && !/(^|\/)(bin|obj)\//.test(f)).map(f => path.join(dir, f));
const appFolder = app => app === 'gateway' ? 'gateway/Ita.Micro.Gateway'
  : `services/Ita.Micro.${app.split('-').map(w => w[0].toUpperCase() + w.slice(1)).join('')}`;
function readableKeys(app) {
  const folder = appFolder(app);
  const csproj = fs.readdirSync(path.join(root, folder)).find(f => f.endsWith('.csproj'));
  const folders = [folder];
  // The defaults an app references read keys too: the web defaults, and the bus and database defaults (Backend).
  for (const defaults of ['Ita.Micro.ServiceDefaults', 'Ita.Micro.ServiceDefaults.Backend'])
    if (read(path.join(folder, csproj)).includes(`${defaults}.csproj`)) folders.push(`services/${defaults}`);
  const sources = folders.flatMap(csFiles).map(f => read(f));
  const keys = new Set(); const prefixes = new Set();
  const classes = new Map(); // class name -> { section, properties }
  for (const text of sources) {
    for (const m of text.matchAll(/class (\w+)[^{]*\{([\s\S]*?)\n\}/g)) {
      const section = m[2].match(/const string Section = "([^"]+)"/)?.[1];
      const properties = [...m[2].matchAll(/public (?!const|static)[\w<>?,\[\] ]+ (\w+) \{ get;/g)].map(p => p[1]);
      classes.set(m[1], { section, properties });
    }
    for (const m of text.matchAll(/record (\w+)[^{]*\{([\s\S]*?)\n\}/g)) {
      const properties = [...m[2].matchAll(/public (?!const|static)[\w<>?,\[\] ]+ (\w+) \{ get;/g)].map(p => p[1]);
      classes.set(m[1], { section: classes.get(m[1])?.section, properties });
    }
    for (const m of text.matchAll(/Configuration\["([^"]+)"\]/g)) keys.add(m[1].toLowerCase());
    for (const m of text.matchAll(/GetConnectionString\(/g)) prefixes.add(`connectionstrings:${app}`);
  }
  for (const text of sources) {
    // AddOptions<T>().BindConfiguration(T.Section | "Name") and GetSection("Name").Get<T>()
    for (const m of text.matchAll(/AddOptions<(\w+)>\(\)\s*\.BindConfiguration\((?:"([^"]+)"|(\w+)\.Section)\)/g)) {
      const c = classes.get(m[1]); if (c) c.section = m[2] ?? classes.get(m[3])?.section ?? c.section;
    }
    for (const m of text.matchAll(/GetSection\("([^"]+)"\)\.Get<(\w+)>/g)) { const c = classes.get(m[2]); if (c) c.section ??= m[1]; }
  }
  for (const { section, properties } of classes.values())
    if (section) for (const p of properties) prefixes.add(`${section}:${p}`.toLowerCase());
  // appsettings.json: every leaf path is a key the app reads (ReverseProxy's routes and clusters, logging, …)
  const walk = (node, at) => {
    if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, at ? `${at}:${k}` : k);
    else keys.add(at.toLowerCase());
  };
  walk(JSON.parse(read(path.join(folder, 'appsettings.json'))), '');
  return { keys, prefixes };
}
const standardVariables = /^(ASPNETCORE_ENVIRONMENT|ASPNETCORE_HTTP_PORTS|DOTNET_[A-Za-z_]+|OTEL_SERVICE_NAME|OTEL_EXPORTER_OTLP_[A-Z_]+|OTEL_RESOURCE_ATTRIBUTES|TZ)$/;
const readableCache = new Map();
function checkVariable(where, app, name) {
  if (standardVariables.test(name)) return;
  if (!readableCache.has(app)) readableCache.set(app, readableKeys(app));
  const { keys, prefixes } = readableCache.get(app);
  const key = name.replaceAll('__', ':').toLowerCase().replace(/:\d+$/, '');
  if (keys.has(key) || prefixes.has(key)) return;
  fail(where, `${name} is not a configuration key ${app} reads`);
}
function checkK8sVariables(overlay, objects) {
  const configMaps = new Map(objects.filter(o => o.kind === 'ConfigMap').map(c => [c.metadata.name, c.data ?? {}]));
  for (const d of objects.filter(o => o.kind === 'Deployment')) for (const c of d.spec.template.spec.containers) {
    const names = [...(c.env ?? []).map(e => e.name),
      ...(c.envFrom ?? []).flatMap(f => f.configMapRef ? Object.keys(configMaps.get(f.configMapRef.name) ?? {}) : [])];
    for (const n of names) checkVariable(`${overlay} Deployment/${d.metadata.name}`, d.metadata.name, n);
  }
}

// --- 4. compose and k8s agree ------------------------------------------------------------------------------------
const defaults = text => String(text).replace(/\$\{(\w+):?-([^}]*)\}/g, (_, __, value) => value);
function checkCompose(dev) {
  const compose = parse(read('docker-compose.yml'), { merge: true });
  const deployments = new Map(dev.filter(o => o.kind === 'Deployment').map(d => [d.metadata.name, d]));
  const composeApps = Object.entries(compose.services).filter(([, s]) => String(s.image ?? '').includes('ita-micro/') && !/rabbitmq/.test(s.image));
  const names = composeApps.map(([n]) => n).sort(), k8sNames = [...deployments.keys()].sort();
  if (names.join() !== k8sNames.join()) fail('compose vs k8s', `apps differ: compose [${names}] k8s [${k8sNames}]`);
  const images = read('scripts/images.sh');
  const prefix = images.match(/prefix=\$\{ITA_IMAGE_PREFIX:-([^}]+)\}/)?.[1], tag = images.match(/tag=\$\{ITA_IMAGE_TAG:-([^}]+)\}/)?.[1];
  for (const [name, service] of composeApps) {
    const where = `docker-compose.yml ${name}`, d = deployments.get(name);
    const image = defaults(service.image);
    if (image !== `${prefix}${name}:${tag}`) fail(where, `image ${image} is not what scripts/images.sh builds (${prefix}${name}:${tag})`);
    if (d && d.spec.template.spec.containers[0].image !== image) fail(where, `image ${image} differs from the dev overlay's ${d.spec.template.spec.containers[0].image}`);
    const environment = service.environment ?? {};
    const port = environment.ASPNETCORE_HTTP_PORTS ?? 8080;
    if (d && !d.spec.template.spec.containers[0].ports.some(p => p.containerPort === Number(port))) fail(where, `port ${port} differs from k8s`);
    for (const variable of settingsOf(service)) checkVariable(where, name, variable);
    // What k8s keeps on a claim (raw imports, documents, code books, the portal's key ring), compose keeps in a volume.
    if (d) {
      const pod = d.spec.template.spec, claims = new Set((pod.volumes ?? []).filter(v => v.persistentVolumeClaim).map(v => v.name));
      const kept = (service.volumes ?? []).map(v => String(v).split(':')).filter(([source]) => !source.startsWith('.') && !source.startsWith('/')).map(([, target]) => target);
      for (const m of pod.containers[0].volumeMounts ?? []) if (claims.has(m.name) && !kept.some(t => m.mountPath === t || m.mountPath.startsWith(`${t}/`)))
        fail(where, `k8s keeps ${m.mountPath} on a claim, compose has no volume for it`);
    }
  }
}

// What a compose service sets: its environment, and the secrets mounted as files named like a variable, which the
// apps read through Secrets__Directory (RabbitMq__Password, ConnectionStrings__analysis, …).
function settingsOf(service) {
  const secrets = (service.secrets ?? []).map(s => (typeof s === 'string' ? null : s.target)).filter(t => t?.includes('__'));
  return [...Object.keys(service.environment ?? {}), ...secrets];
}
// The SQL Server file adds settings to the same apps: they must be keys those apps read too.
function checkComposeSqlServer() {
  const file = 'docker-compose.sqlserver.yml', compose = parse(read(file), { merge: true });
  for (const [name, service] of Object.entries(compose.services))
    if (['score-ingestion', 'analysis', 'measure-tracking', 'document-rendering'].includes(name))
      for (const variable of settingsOf(service)) checkVariable(`${file} ${name}`, name, variable);
}

const overlays = [];
for (const file of renders) {
  const overlay = path.basename(file, '.yaml');
  const objects = parseAllDocuments(fs.readFileSync(file, 'utf8')).map(d => d.toJS()).filter(Boolean);
  overlays.push([overlay, objects]);
  for (const o of objects) await validate(overlay, o);
  checkDeployments(overlay, objects);
  checkCodeBookFolders(overlay, objects);
  checkK8sVariables(overlay, objects);
}
checkCompose(overlays.find(([o]) => o === 'dev')[1]);
checkComposeSqlServer();
const count = overlays.reduce((n, [, objects]) => n + objects.length, 0);
if (failures.length) { console.error(failures.map(f => `  ${f}`).join('\n')); console.error(`${failures.length} problems in ${count} objects`); process.exit(1); }
console.log(`deployment checks passed: ${count} objects of ${overlays.map(([o]) => o).join(', ')} valid; compose and k8s agree`);
