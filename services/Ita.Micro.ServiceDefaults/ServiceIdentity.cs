namespace Ita.Micro.ServiceDefaults;

/// <summary>The runtime name of the service (kebab-case): used for telemetry, the database and the queues.</summary>
public sealed record ServiceIdentity(string Name);
