namespace Ita.Micro.Testing;

/// <summary>Locates the repository, for helpers that run its scripts (such as <c>scripts/rabbitmq.sh</c>).</summary>
public static class Repository
{
    private const string SolutionFile = "Ita.Micro.sln";

    private static readonly Lazy<string> RootFolder = new(Find);

    /// <summary>
    /// The folder holding Ita.Micro.sln: the first one found walking up from the test's output folder
    /// (<see cref="AppContext.BaseDirectory"/>), else from the current directory (a program built outside the
    /// repository but run from inside it).
    /// </summary>
    public static string Root => RootFolder.Value;

    /// <summary>Debug or Release: the configuration the tests were built in, so the services are run from the same.</summary>
    public static string BuildConfiguration =>
        AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";

    /// <summary>The shared folder beside the repository (docs, seeds, assets), when it exists.</summary>
    public static string? Shared =>
        Path.GetFullPath(Path.Combine(Root, "..", "shared")) is var shared && Directory.Exists(shared) ? shared : null;

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: "
                + "run the tests from a build inside the Ita.Micro repository."
        );
    }
}
