using System.Diagnostics;
using Ita.Micro.NationalData;

if (Options.WantsHelp(args))
{
    Console.WriteLine(Options.Usage);
    return 0;
}

Options options;
try
{
    options = Options.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine("Run with --help for usage.");
    return 2;
}

var clock = Stopwatch.StartNew();
var book = Options.Books.FindShipped(options.Year)!;
Directory.CreateDirectory(options.Out);

// The register and each organisation's lasting traits come from the seed alone; the year's draws from a second
// generator seeded with seed and year, so the same seed gives the same organisations in every year.
var random = new Random(options.Seed);
var organisations = OrganisationGenerator.Generate(random, options.Organisations);
var traits = organisations.Select(o => OrganisationTraits.Draw(random, o.Type)).ToList();
var model = new ScoreModel(book, new Random(unchecked(options.Seed * 1_000_003 + options.Year)));

var organisationsPath = Path.Combine(options.Out, "organisations.csv");
OrganisationsCsvWriter.Write(organisationsPath, organisations);

var summary = new Summary(book);
var scoresPath = Path.Combine(options.Out, $"scores-{options.Year}.{options.Format}");
using (
    IScoresWriter writer =
        options.Format == "json"
            ? new ScoresJsonWriter(
                scoresPath,
                $"ข้อมูลจำลองระดับประเทศ ปีงบประมาณ {options.Year} (Ita.Micro.NationalData, seed {options.Seed})"
            )
            : new ScoresCsvWriter(scoresPath, book)
)
{
    for (var i = 0; i < organisations.Count; i++)
    {
        var assessment = model.Score(organisations[i], traits[i]);
        writer.Write(assessment);
        summary.Add(assessment);
    }
}

Console.WriteLine(summary.Line([organisationsPath, scoresPath], clock.Elapsed));
return 0;
