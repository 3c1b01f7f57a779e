namespace Ita.Micro.NationalData;

/// <summary>
/// What stays with an organisation from year to year: its segment and a quality z-score. Drawn from the seed alone,
/// so data sets of different fiscal years with the same seed describe the same organisations.
/// </summary>
internal sealed record OrganisationTraits(Segment Segment, double Quality)
{
    public static OrganisationTraits Draw(Random random, OrganisationType type)
    {
        var u = random.NextDouble();
        var segment =
            u < type.StrugglingShare ? Segment.Struggling
            : u > 1 - type.ExemplaryShare ? Segment.Exemplary
            : Segment.Typical;
        return new OrganisationTraits(segment, random.NextGaussian());
    }
}
