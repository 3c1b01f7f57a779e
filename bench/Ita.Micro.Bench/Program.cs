using Ita.Micro.Bench;

// dotnet run -c Release --project bench/Ita.Micro.Bench -- national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- portal-pages --gateway http://127.0.0.1:5080/ --portal-pid PID [--sessions 50] [--rounds 5] [--parallel 4]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- oversight-pages --gateway http://127.0.0.1:5080/ [--year 2568] [--rounds 20] [--parallel 4]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- gateway-reads --gateway http://127.0.0.1:5080/ --service http://127.0.0.1:5082/ [--path /api/statistics/years] [--users 200] [--seconds 10] [--rate 500] [--in-flight 32]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- results-day [--year 2568] [--floor-documents 400] [--organisations N] [--faults]
// dotnet run -c Release --project bench/Ita.Micro.Bench -- pdf-throughput [--runs 3] [--documents 200] [--chromium PATH] [--compare-chromium PATH] [--emblem PATH|none]
var scenario = args.FirstOrDefault() ?? "help";
var year = Arguments.Int(args, "--year", 2568);
var runs = Arguments.Int(args, "--runs", 3);
return scenario switch
{
    "national-import" => await NationalImport.RunAsync(year, runs),
    "national-analysis" => await NationalAnalysis.RunAsync(
        year,
        runs,
        Arguments.String(args, "--compare", "") is { Length: > 0 } baseline ? baseline : null
    ),
    "results-day" => await ResultsDay.RunAsync(
        year,
        Arguments.Int(args, "--floor-documents", 400),
        Arguments.Int(args, "--organisations", 0) is > 0 and var organisations ? organisations : null,
        args.Contains("--faults")
    ),
    "pdf-throughput" => await PdfThroughput.RunAsync(
        runs,
        Arguments.Int(args, "--documents", 200),
        Arguments.String(args, "--chromium", new Ita.Micro.DocumentRendering.Services.ChromiumOptions().ExecutablePath),
        Arguments.String(args, "--compare-chromium", ""),
        Arguments.String(args, "--emblem", AnalysisHtml.SharedEmblemPath ?? "none")
    ),
    "portal-pages" => await PortalPages.RunAsync(
        Arguments.String(args, "--gateway", "http://127.0.0.1:5080/"),
        Arguments.Int(args, "--portal-pid", 0),
        Arguments.Int(args, "--sessions", 50),
        Arguments.Int(args, "--rounds", 5),
        Arguments.Int(args, "--parallel", 4),
        year
    ),
    "oversight-pages" => await OversightPages.RunAsync(
        Arguments.String(args, "--gateway", "http://127.0.0.1:5080/"),
        year,
        Arguments.Int(args, "--rounds", 20),
        Arguments.Int(args, "--parallel", 4)
    ),
    "gateway-reads" => await GatewayReads.RunAsync(
        Arguments.String(args, "--gateway", "http://127.0.0.1:5080/"),
        Arguments.String(args, "--service", "http://127.0.0.1:5082/"),
        Arguments.String(args, "--path", "/api/statistics/years"),
        Arguments.Int(args, "--users", 200),
        Arguments.Int(args, "--seconds", 10),
        Arguments.Int(args, "--rate", 500),
        Arguments.Int(args, "--in-flight", 32)
    ),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine(
        "usage: Ita.Micro.Bench national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]"
    );
    Console.WriteLine(
        "       Ita.Micro.Bench portal-pages --gateway URL --portal-pid PID [--sessions 50] [--rounds 5] [--parallel 4] [--year 2568]"
    );
    Console.WriteLine(
        "       Ita.Micro.Bench oversight-pages --gateway URL [--year 2568] [--rounds 20] [--parallel 4]"
    );
    Console.WriteLine(
        "       Ita.Micro.Bench gateway-reads [--gateway URL] [--service URL] [--path PATH] [--users 200] [--seconds 10] [--rate 500] [--in-flight 32]"
    );
    Console.WriteLine(
        "       Ita.Micro.Bench results-day [--year 2568] [--floor-documents 400] [--organisations N] [--faults]"
    );
    Console.WriteLine(
        "       Ita.Micro.Bench pdf-throughput [--runs 3] [--documents 200] [--chromium PATH] [--compare-chromium PATH] [--emblem PATH|none]"
    );
    return 64;
}
