#pragma warning disable EF1001 // MigrationsAssembly is internal API; it is the one seam that lets two providers' migrations live in one assembly.
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Ita.Micro.ServiceDefaults.Data;

/// <summary>
/// Keeps only the migrations (and the model snapshot) of the provider in use: a service's assembly holds both
/// Migrations/Sqlite and Migrations/SqlServer, told apart by namespace.
/// </summary>
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger
) : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private readonly Type _contextType = currentContext.Context.GetType();
    private readonly string _namespaceSuffix =
        ".Migrations."
        + (currentContext.Context.Database.IsSqlServer() ? DatabaseProvider.SqlServer : DatabaseProvider.Sqlite);

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        base.Migrations.Where(m => Belongs(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot =>
        Assembly
            .DefinedTypes.Where(t =>
                t.IsSubclassOf(typeof(ModelSnapshot))
                && !t.IsAbstract
                && Belongs(t)
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
            )
            .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
            .FirstOrDefault();

    private bool Belongs(TypeInfo type) => type.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) == true;
}
