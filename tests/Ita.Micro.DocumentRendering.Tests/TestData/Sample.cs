using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>
/// The sample organisation as the running system records it (./ita up, then the plan approved, published, progress
/// reported and both reports submitted): เทศบาลตำบลแม่จัน with the 5 measures drafted for it. Each file is a
/// document's recorded data, as kept by document rendering.
/// </summary>
public static class Sample
{
    public static DocumentRecord Of(DocumentKind kind, string file) =>
        DocumentFactory.RecordOfJson(
            kind,
            File.ReadAllText(
                Path.Combine(RepoPaths.Root, "tests", "Ita.Micro.DocumentRendering.Tests", "TestData", "Sample", file)
            )
        );
}
