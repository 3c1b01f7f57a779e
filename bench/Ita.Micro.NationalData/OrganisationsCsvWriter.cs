namespace Ita.Micro.NationalData;

/// <summary>Writes organisations.csv: code,name,type,province,district.</summary>
internal static class OrganisationsCsvWriter
{
    public static void Write(string path, IEnumerable<Organisation> organisations)
    {
        using var writer = Csv.Create(path);
        writer.WriteLine("code,name,type,province,district");
        foreach (var o in organisations.Select(o => o.Info))
            writer.WriteLine(
                string.Join(
                    ',',
                    Csv.Field(o.Code),
                    Csv.Field(o.Name),
                    Csv.Field(o.Type),
                    Csv.Field(o.Province),
                    Csv.Field(o.District)
                )
            );
    }
}
