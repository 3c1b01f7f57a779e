using Ita.Micro.Bench;

// dotnet run -c Release --project bench/Ita.Micro.Bench -- national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- pdf-throughput [--runs 3] [--documents 200] [--chromium PATH] [--compare-chromium PATH] [--emblem PATH|none]
var scenario = args.FirstOrDefault() ?? "help";
var year = Arguments.Int(args, "--year", 2568);
var runs = Arguments.Int(args, "--runs", 3);
return scenario switch
{
    "national-import" => await NationalImport.RunAsync(year, runs),
    "national-analysis" => await NationalAnalysis.RunAsync(year, runs, Arguments.String(args, "--compare", "") is { Length: > 0 } baseline ? baseline : null),
    "pdf-throughput" => await PdfThroughput.RunAsync(runs, Arguments.Int(args, "--documents", 200),
        Arguments.String(args, "--chromium", new Ita.Micro.DocumentRendering.Services.ChromiumOptions().ExecutablePath),
        Arguments.String(args, "--compare-chromium", ""),
        Arguments.String(args, "--emblem", AnalysisHtml.SharedEmblemPath ?? "none")),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: Ita.Micro.Bench national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]");
    Console.WriteLine("       Ita.Micro.Bench pdf-throughput [--runs 3] [--documents 200] [--chromium PATH] [--compare-chromium PATH] [--emblem PATH|none]");
    return 64;
}
