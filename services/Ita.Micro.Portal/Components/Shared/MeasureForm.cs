using System.Globalization;
using Ita.Micro.Portal.Gateway.Models;

namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// A measure as the officer is editing it: plain settable fields for the form, kept whole through a conflict or an
/// expired session, and turned into the API's body only when saved.
/// </summary>
public sealed class MeasureForm
{
    public Guid? Id { get; set; }
    public int? Version { get; set; }
    public int? Order { get; set; }
    public string Title { get; set; } = "";
    public List<int> Indicators { get; set; } = [];
    public List<string> ItemConcepts { get; set; } = [];
    public string Finding { get; set; } = "";
    public string Steps { get; set; } = "";
    public List<string> ResponsibleUnits { get; set; } = [];

    /// <summary>"quarter" or "month".</summary>
    public string PeriodKind { get; set; } = "quarter";
    public int FromQuarter { get; set; } = 1;
    public int ToQuarter { get; set; } = 4;
    public string FromMonth { get; set; } = "";
    public string ToMonth { get; set; } = "";
    public string FollowUp { get; set; } = "";
    public string Target { get; set; } = "";

    public static MeasureForm New(Plan plan) =>
        new()
        {
            FromMonth = plan.FiscalYearStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ToMonth = plan.FiscalYearEnd.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        };

    public static MeasureForm From(Measure measure, Plan plan)
    {
        var form = new MeasureForm
        {
            Id = measure.Id,
            Version = measure.Version,
            Order = measure.Order,
            Title = measure.Title,
            Indicators = [.. measure.Indicators.Select(i => i.Number)],
            ItemConcepts = [.. measure.ItemConcepts],
            Finding = measure.Finding,
            Steps = string.Join("\n", measure.Steps),
            ResponsibleUnits = [.. measure.ResponsibleUnits],
            FromMonth = measure.PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ToMonth = measure.PeriodEnd.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            FollowUp = measure.FollowUp,
            Target = measure.Target,
        };
        // A period on quarter boundaries of the fiscal year is shown as quarters, anything else as months.
        var fromQuarter = Quarter(plan, measure.PeriodStart);
        var toQuarter = Quarter(plan, measure.PeriodEnd.AddDays(1).AddMonths(-3));
        var onBoundaries =
            measure.PeriodStart.Day == 1
            && measure.PeriodEnd.AddDays(1).Day == 1
            && (measure.PeriodStart.Month - plan.FiscalYearStart.Month + 12) % 3 == 0
            && (measure.PeriodEnd.AddDays(1).Month - plan.FiscalYearStart.Month + 12) % 3 == 0;
        if (onBoundaries && fromQuarter is >= 1 and <= 4 && toQuarter is >= 1 and <= 4)
            (form.PeriodKind, form.FromQuarter, form.ToQuarter) = ("quarter", fromQuarter, toQuarter);
        else
            form.PeriodKind = "month";
        return form;
    }

    private static int Quarter(Plan plan, DateOnly date) =>
        ((date.Year - plan.FiscalYearStart.Year) * 12 + date.Month - plan.FiscalYearStart.Month) / 3 + 1;

    public MeasureBody ToBody() =>
        new(
            Version,
            Title.Trim(),
            Indicators,
            ItemConcepts,
            Finding.Trim(),
            [.. Steps.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            ResponsibleUnits,
            PeriodKind == "quarter"
                ? new PeriodBody(FromQuarter, ToQuarter, null, null)
                : new PeriodBody(null, null, FromMonth, ToMonth),
            FollowUp.Trim(),
            Target.Trim(),
            Order
        );

    /// <summary>The fields that differ between this form and another version of the measure: for the conflict view.</summary>
    public IEnumerable<(string Field, string Theirs, string Mine)> Differences(MeasureForm theirs)
    {
        (string, string, string)[] fields =
        [
            ("FieldTitle", theirs.Title, Title),
            ("FieldIndicators", string.Join(", ", theirs.Indicators.Order()), string.Join(", ", Indicators.Order())),
            (
                "FieldItemConcepts",
                string.Join(", ", theirs.ItemConcepts.Order()),
                string.Join(", ", ItemConcepts.Order())
            ),
            ("FieldFinding", theirs.Finding, Finding),
            ("FieldSteps", theirs.Steps.Trim(), Steps.Trim()),
            ("FieldUnits", string.Join(", ", theirs.ResponsibleUnits), string.Join(", ", ResponsibleUnits)),
            ("FieldPeriod", theirs.PeriodText, PeriodText),
            ("FieldFollowUp", theirs.FollowUp, FollowUp),
            ("FieldTarget", theirs.Target, Target),
        ];
        return fields.Where(f => !string.Equals(f.Item2.Trim(), f.Item3.Trim(), StringComparison.Ordinal));
    }

    private string PeriodText => PeriodKind == "quarter" ? $"Q{FromQuarter}–Q{ToQuarter}" : $"{FromMonth} – {ToMonth}";
}
