using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.NationalData;

/// <summary>
/// Draws one fiscal year's scores for an organisation from the year's code book, then computes upwards the way the
/// framework does (ita-framework.md §3): an indicator is the mean of its items (OIT: of its sub-indicators' means)
/// when the book has items for it, else it is drawn directly; a tool is the mean of its indicators; the total is
/// the weighted sum of the tools; the rating comes from the book's scheme. Scores are rounded to 2 decimals at each
/// step, as published.
/// <para>
/// IIT/EIT items are 0–100 with 2 decimals around the organisation's level for the tool; OIT items are 100 or 0
/// (no partial credit), published with a per-organisation probability. The parameters below are a model, tuned to
/// the national picture: mean total 85–90, indicator 10 and OIT weakest, a few percent below 50, some at 100.
/// </para>
/// </summary>
internal sealed class ScoreModel
{
    /// <summary>The tool whose items are checked as published (100) or not (0).</summary>
    private const string DisclosureTool = "OIT";

    /// <summary>Items assumed behind an OIT indicator the book lists no items for.</summary>
    private const int NotionalItems = 10;

    /// <summary>Per indicator: points (IIT/EIT) or log-odds of publishing (OIT); indicator 10 is the weakest (§7.2).</summary>
    private static readonly Dictionary<int, double> IndicatorEffect = new()
    {
        [1] = 1.5,
        [2] = 0.0,
        [3] = -0.5,
        [4] = -1.5,
        [5] = -1.0,
        [6] = 0.5,
        [7] = -0.5,
        [8] = -1.0,
        [9] = 0.0,
        [10] = -1.1,
    };

    private readonly CodeBook _book;
    private readonly Random _random;
    private readonly double _yearShift;
    private readonly List<(CodeBookIndicator Indicator, CodeBookItem[] Items, bool Disclosure)> _indicators;
    private readonly Dictionary<string, double> _itemEffect;
    private readonly string[] _toolCodes;

    public ScoreModel(CodeBook book, Random random)
    {
        _book = book;
        _random = random;
        // Results have risen over the years (2564 national average 81.25, 2566 90.2; all agencies).
        _yearShift = Math.Clamp(book.FiscalYear - 2566, -4, 2) * 0.35;
        _indicators = book
            .Indicators.Select(i =>
                (i, book.Items.Where(item => item.Indicator == i.Number).ToArray(), i.Tool == DisclosureTool)
            )
            .ToList();
        // Some items are harder than others, the same for every organisation in the year.
        _itemEffect = book.Items.ToDictionary(
            i => i.Code,
            i =>
                book.Indicator(i.Indicator)?.Tool == DisclosureTool
                    ? 0.35 * random.NextGaussian()
                    : 1.5 * random.NextGaussian(),
            StringComparer.OrdinalIgnoreCase
        );
        _toolCodes = book.Tools.Select(t => t.Code).ToArray();
    }

    public SubmittedAssessment Score(Organisation organisation, OrganisationTraits traits)
    {
        var levels = Levels(organisation.Type, traits);
        var items = new List<ItemScore>(_book.Items.Count);
        var indicatorScores = new List<IndicatorScore>(_indicators.Count);

        foreach (var (indicator, definitions, disclosure) in _indicators)
        {
            var effect = IndicatorEffect.GetValueOrDefault(indicator.Number);
            var level = levels.GetValueOrDefault(indicator.Tool, 90.0);
            decimal score;
            if (traits.Segment == Segment.Exemplary)
            {
                items.AddRange(definitions.Select(d => new ItemScore { Code = d.Code, Score = Round(100.0) }));
                score = Round(100.0);
            }
            else if (disclosure)
            {
                var logOdds = level + effect;
                if (definitions.Length == 0)
                    score = Round(
                        100.0
                            * Enumerable.Range(0, NotionalItems).Count(_ => _random.Chance(Logistic(logOdds)))
                            / NotionalItems
                    );
                else
                {
                    var drawn = definitions
                        .Select(d => new ItemScore
                        {
                            Code = d.Code,
                            Score = Round(_random.Chance(Logistic(logOdds + _itemEffect[d.Code])) ? 100.0 : 0.0),
                        })
                        .ToList();
                    items.AddRange(drawn);
                    score = FromItems(definitions, drawn);
                }
            }
            else
            {
                var centre = level + effect + 2.5 * _random.NextGaussian();
                if (definitions.Length == 0)
                    score = Round(centre + 1.5 * _random.NextGaussian());
                else
                {
                    var drawn = definitions
                        .Select(d => new ItemScore
                        {
                            Code = d.Code,
                            Score = Round(centre + _itemEffect[d.Code] + 5.0 * _random.NextGaussian()),
                        })
                        .ToList();
                    items.AddRange(drawn);
                    score = FromItems(definitions, drawn);
                }
            }
            indicatorScores.Add(new IndicatorScore { Indicator = indicator.Number, Score = score });
        }

        var tools = _book
            .Tools.Select(tool => new ToolScore
            {
                Tool = tool.Code,
                Score = Round(
                    _indicators
                        .Select((x, i) => (x.Indicator.Tool, indicatorScores[i].Score))
                        .Where(x => x.Tool == tool.Code)
                        .Select(x => x.Score)
                        .DefaultIfEmpty(0m)
                        .Average()
                ),
            })
            .ToList();
        var total = Round(_book.Tools.Sum(t => t.Weight * tools.Single(s => s.Tool == t.Code).Score));
        // Every tool is scored here, so the scheme settles the rating.
        var rating = _book.Rating.Rate(total, tools.ToDictionary(t => t.Tool, t => t.Score), _toolCodes);

        return new SubmittedAssessment
        {
            Organisation = organisation.Info,
            FiscalYear = _book.FiscalYear,
            Scores = new AssessmentScores
            {
                Total = total,
                Tools = tools,
                Indicators = indicatorScores,
                Items = items,
            },
            PublishedRating = rating,
        };
    }

    /// <summary>This year's level per tool: points for IIT/EIT, log-odds of publishing an item for OIT.</summary>
    private Dictionary<string, double> Levels(OrganisationType type, OrganisationTraits traits)
    {
        var q = traits.Quality;
        var (iit, eit, oit) =
            traits.Segment == Segment.Struggling
                ? (
                    66 + 8 * _random.NextGaussian(),
                    68 + 8 * _random.NextGaussian(),
                    -1.6 + 0.8 * _random.NextGaussian()
                )
                : (
                    92.0 + 3.5 * q + type.QualityBonus + _yearShift + 1.5 * _random.NextGaussian(),
                    90.0 + 3.5 * q + type.QualityBonus + _yearShift + 1.5 * _random.NextGaussian(),
                    2.9 + 0.9 * q + 0.15 * (type.QualityBonus + _yearShift) + 0.4 * _random.NextGaussian()
                );
        return new Dictionary<string, double>
        {
            ["IIT"] = iit,
            ["EIT"] = eit,
            [DisclosureTool] = oit,
        };
    }

    /// <summary>Mean of the items, or of the sub-indicators' means where the book groups items into sub-indicators.</summary>
    private static decimal FromItems(CodeBookItem[] definitions, List<ItemScore> drawn) =>
        Round(
            definitions
                .Zip(drawn)
                .GroupBy(x => x.First.SubIndicator ?? "")
                .Select(g => g.Average(x => x.Second.Score))
                .Average()
        );

    private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));

    private static decimal Round(double value) => Round((decimal)Math.Clamp(value, 0.0, 100.0));

    /// <summary>Two decimals, kept as two (87.70, not 87.7) so files read like published sheets.</summary>
    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
