using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.Testing;

namespace Ita.Micro.DocumentRendering.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_documents_model_has_a_migration_for_every_change_on_both_providers() =>
        MigrationAssert.NoPendingModelChanges<DocumentsDbContext>(options => new DocumentsDbContext(options));
}
