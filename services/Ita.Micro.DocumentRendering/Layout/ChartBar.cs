namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>One bar of a <see cref="Chart"/>: its label, value and the value printed at its end.</summary>
public sealed record ChartBar(string Label, decimal Value, string ValueText);
