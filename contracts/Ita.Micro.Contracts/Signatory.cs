namespace Ita.Micro.Contracts;

/// <summary>A person who signs a document: printed as "(Name)", the position, and an acting line when there is one.</summary>
public sealed record Signatory
{
    public required string Name { get; init; }

    /// <summary>e.g. นายกเทศมนตรีตำบลท่าอิฐ, ปลัดองค์การบริหารส่วนตำบล.</summary>
    public required string Position { get; init; }

    /// <summary>e.g. ปฏิบัติหน้าที่ นายกองค์การบริหารส่วนตำบลปากช่อง; null when the person signs in their own right.</summary>
    public string? ActingFor { get; init; }
}
