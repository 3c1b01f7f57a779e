using Ita.Micro.Bench;

// dotnet run -c Release --project bench/Ita.Micro.Bench -- national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]
var scenario = args.FirstOrDefault() ?? "help";
var year = Arguments.Int(args, "--year", 2568);
var runs = Arguments.Int(args, "--runs", 3);
return scenario switch
{
    "national-import" => await NationalImport.RunAsync(year, runs),
    "national-analysis" => await NationalAnalysis.RunAsync(year, runs, Arguments.String(args, "--compare")),
    _ => Usage(),
};

static int Usage()
{
    Console.WriteLine("usage: Ita.Micro.Bench national-import|national-analysis [--year 2568] [--runs 3] [--compare BASELINE]");
    return 64;
}
