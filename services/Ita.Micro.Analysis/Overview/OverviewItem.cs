namespace Ita.Micro.Analysis.Overview;

/// <summary>One item (ข้อคำถาม) of the year's code book: its mean in the area and how many organisations scored it.</summary>
public sealed record OverviewItem(string Code, string Label, int Indicator, int Count, decimal Mean);
