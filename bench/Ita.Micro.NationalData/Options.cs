using System.Globalization;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.NationalData;

/// <summary>The command line.</summary>
internal sealed record Options(int Year, int Seed, string Out, int Organisations, string Format)
{
    /// <summary>The code books shipped in the contracts: this tool loads none, so they are all it has.</summary>
    public static CodeBookStore Books { get; } = new();

    public static string Usage =>
        $"""
            Ita.Micro.NationalData — writes a realistic national ITA data set for one fiscal year, deterministic from a seed.

            Usage:
              dotnet Ita.Micro.NationalData.dll --year YYYY --out DIR [--seed N] [--organisations N] [--format csv|json]

            Options:
              --year YYYY          fiscal year (B.E.) with a shipped code book: {string.Join(", ", Books.ShippedYears)}
              --out DIR            output directory (created when missing)
              --seed N             seed of System.Random (default 42); the same seed gives byte-identical files.
                                   The organisations depend on the seed alone, so years written with one seed form a panel.
              --organisations N    organisations to write, {OrganisationTypes.All.Count}–{OrganisationTypes.NationalTotal} (default {OrganisationTypes.NationalTotal}, the real count);
                                   fewer scale the type counts proportionally, at least one of each type
              --format csv|json    scores as scores-YYYY.csv (default) or scores-YYYY.json (the import shape of
                                   docs/samples/mae-chan.json, one assessment per line)
              -h, --help           this text

            Writes (UTF-8, '\n' line ends, '.' decimals):
              DIR/organisations.csv   code,name,type,province,district
              DIR/scores-YYYY.csv     organisation_code,fiscal_year,total,rating,iit,eit,oit,indicator_1..indicator_10,
                                      then every item code of the year's code book in code-book order
            and prints a one-line summary (rows, file sizes, means, count below 50, ratings).
            """;

    public static bool WantsHelp(string[] args) => args.Any(a => a is "-h" or "--help" or "-?" or "/?");

    /// <summary>Reads the arguments; a mistake throws an <see cref="ArgumentException"/> that says what is wrong.</summary>
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            var eq = arg.IndexOf('=');
            var (name, value) =
                eq > 0
                    ? (arg[2..eq], arg[(eq + 1)..])
                    : (
                        arg[2..],
                        i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{arg} needs a value.")
                    );
            if (name is not ("year" or "seed" or "out" or "organisations" or "format"))
                throw new ArgumentException($"Unknown option --{name}.");
            values[name] = value;
        }

        var year = Integer(values, "year") ?? throw new ArgumentException("--year is required.");
        if (Books.FindShipped(year) is null)
            throw new ArgumentException(
                $"No code book for fiscal year {year}; years: {string.Join(", ", Books.ShippedYears)}."
            );
        var output = values.GetValueOrDefault("out") is { Length: > 0 } o
            ? o
            : throw new ArgumentException("--out is required.");
        var organisations = Integer(values, "organisations") ?? OrganisationTypes.NationalTotal;
        if (organisations < OrganisationTypes.All.Count || organisations > OrganisationTypes.NationalTotal)
            throw new ArgumentException(
                $"--organisations must be between {OrganisationTypes.All.Count} and {OrganisationTypes.NationalTotal}."
            );
        var format = values.GetValueOrDefault("format", "csv").ToLowerInvariant();
        if (format is not ("csv" or "json"))
            throw new ArgumentException("--format must be csv or json.");
        return new Options(year, Integer(values, "seed") ?? 42, output, organisations, format);
    }

    private static int? Integer(Dictionary<string, string> values, string name) =>
        !values.TryGetValue(name, out var text) ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new ArgumentException($"--{name} must be a whole number, not '{text}'.");
}
