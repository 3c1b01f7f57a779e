namespace Ita.Micro.DocumentRendering.Tests.TestData;

public static class RepoPaths
{
    /// <summary>The folder holding Ita.Micro.sln, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared emblem next to the repository (../shared/assets/garuda.svg), or null when absent.</summary>
    public static string? Garuda
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "assets", "garuda.svg"));
            return File.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ita.Micro.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Ita.Micro.sln not found above " + AppContext.BaseDirectory);
    }
}
