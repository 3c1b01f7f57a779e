using System.Text.Json;
using System.Text.RegularExpressions;
using Ita.Micro.Testing;

namespace Ita.Micro.ServiceDefaults.Tests.Security;

/// <summary>
/// No committed file holds a secret: settings named like one (password, secret, signing key, connection string)
/// are empty in appsettings, come from secret files (compose "secrets:", ./secrets is never committed) or the
/// environment (${VAR}) in compose, and from secretKeyRef in Kubernetes, whose production overlay generates no Secret.
/// </summary>
public sealed partial class CommittedSecretsTests
{
    [GeneratedRegex("password|secret|signingkey|connectionstring|apikey", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();

    private static IEnumerable<string> Files(string pattern) =>
        new[] { "services", "gateway" }
            .SelectMany(folder =>
                Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), pattern, SearchOption.AllDirectories)
            )
            .Where(f =>
                !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
            );

    [Fact]
    public void No_appsettings_file_gives_a_secret_a_value()
    {
        var found = new List<string>();
        var files = Files("appsettings*.json").ToList();
        foreach (var file in files)
        {
            using var json = JsonDocument.Parse(
                File.ReadAllText(file),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }
            );
            Walk(json.RootElement, "", (path, value) =>
            {
                if (SecretName().IsMatch(path) && value.Length > 0)
                    found.Add($"{Path.GetRelativePath(Repository.Root, file)}: {path}");
            });
        }

        Assert.NotEmpty(files);
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Compose_takes_every_secret_from_a_secret_file_or_the_environment()
    {
        // The SQLite default and the SQL Server addition (its sa password and the services' connection strings).
        var lines = new[] { "docker-compose.yml", "docker-compose.sqlserver.yml" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(Repository.Root, file)))
            .ToArray();
        var found = lines
            .Select(line => line.Trim())
            .Where(line => !line.StartsWith('#') && line.Contains(':'))
            .Select(line => (Key: line[..line.IndexOf(':')], Value: line[(line.IndexOf(':') + 1)..].Trim()))
            .Where(entry =>
                SecretName().IsMatch(entry.Key)
                || Regex.IsMatch(entry.Value, "Password=(?!\\$\\{)", RegexOptions.IgnoreCase)
            )
            // Allowed: a value from the environment, a mounted secret file's path, the folder of the mounted files,
            // the names of the secrets a service mounts, and a secret defined by its file under ./secrets.
            .Where(entry =>
                !entry.Value.StartsWith("${", StringComparison.Ordinal)
                && !entry.Value.StartsWith("/run/secrets", StringComparison.Ordinal)
                && entry.Key is not ("secrets" or "Secrets__Directory")
                && !Regex.IsMatch(entry.Value, "^\\{ file: \\./secrets/[a-z-]+ \\}$")
            )
            .Select(entry => $"{entry.Key}: {entry.Value}")
            .ToList();
        // No service logs in as sa (each has its own login, made by the sqlserver-logins job).
        found.AddRange(
            lines
                .Where(line => Regex.IsMatch(line, "User Id=sa\\b", RegexOptions.IgnoreCase))
                .Select(line => $"logs in as sa: {line.Trim()}")
        );

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void Kubernetes_takes_every_secret_from_a_secret()
    {
        var found = new List<string>();
        var files = Directory
            .EnumerateFiles(Path.Combine(Repository.Root, "k8s"), "*.yaml", SearchOption.AllDirectories)
            .ToList();
        Assert.Contains(files, f =>
            f.EndsWith($"base{Path.DirectorySeparatorChar}analysis.yaml", StringComparison.Ordinal)
        );
        // Production's Secrets are made by the operators (docs/operations.md); only the dev overlay generates its own.
        var prod = File.ReadAllText(Path.Combine(Repository.Root, "k8s", "overlays", "prod", "kustomization.yaml"));
        if (prod.Contains("secretGenerator", StringComparison.Ordinal))
            found.Add("overlays/prod generates a Secret");
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var name = Regex.Match(lines[i], "name:\\s*([A-Za-z_]+__[A-Za-z_-]+)");
                if (!name.Success || !SecretName().IsMatch(name.Groups[1].Value))
                    continue;
                var entry = lines[i] + (i + 1 < lines.Length ? lines[i + 1] : "");
                if (!entry.Contains("secretKeyRef", StringComparison.Ordinal))
                    found.Add($"{Path.GetFileName(file)}: {name.Groups[1].Value}");
            }
            foreach (
                var line in lines.Where(l =>
                    Regex.IsMatch(l, "^\\s+[A-Za-z_]+__[A-Za-z_-]+:\\s*\\S") && SecretName().IsMatch(l.Split(':')[0])
                )
            )
                found.Add($"{Path.GetFileName(file)}: {line.Trim()}");
        }

        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    private static void Walk(JsonElement element, string path, Action<string, string> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Walk(property.Value, $"{path}:{property.Name}", visit);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, $"{path}:{index++}", visit);
                break;
            case JsonValueKind.String:
                visit(path, element.GetString()!);
                break;
        }
    }
}
