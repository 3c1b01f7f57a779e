namespace Ita.Micro.Bench;

public static class Arguments
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(String(args, name), out var value) ? value : fallback;

    public static string? String(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
