using Ita.Micro.Analysis.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// The one place that moves a part score's contribution in and out of the nation's and its province's
/// <see cref="PeerPartAggregate"/>: the updater calls it whenever it adds, changes or removes a part score or moves an
/// organisation to another province.
/// </summary>
internal sealed class PeerPartAggregates(
    AnalysisDbContext db,
    Dictionary<(int, string, string, string, string), PeerPartAggregate> loaded
)
{
    /// <summary>The aggregates of the nation and of <paramref name="provinces"/> in <paramref name="years"/>, tracked.</summary>
    public static async Task<PeerPartAggregates> LoadAsync(
        AnalysisDbContext db,
        IReadOnlyCollection<int> years,
        IReadOnlyCollection<string> provinces,
        CancellationToken cancellationToken
    )
    {
        await db
            .PeerPartAggregates.Where(a =>
                years.Contains(a.FiscalYear)
                && (a.Scope == PeerScope.National || (a.Scope == PeerScope.Province && provinces.Contains(a.ScopeKey)))
            )
            .LoadAsync(cancellationToken);
        return new PeerPartAggregates(
            db,
            db.PeerPartAggregates.Local.Where(a => years.Contains(a.FiscalYear))
                .ToDictionary(a => (a.FiscalYear, a.Scope, a.ScopeKey, a.Kind, a.Code))
        );
    }

    public void Add(PeerPartScore part, string province) => Shift(part, province, +1, nationalToo: true);

    public void Remove(PeerPartScore part, string province) => Shift(part, province, -1, nationalToo: true);

    /// <summary>The organisation moved province: the nation's sums do not change.</summary>
    public void Move(PeerPartScore part, string from, string to)
    {
        Shift(part, from, -1, nationalToo: false);
        Shift(part, to, +1, nationalToo: false);
    }

    private void Shift(PeerPartScore part, string province, int delta, bool nationalToo)
    {
        if (nationalToo)
            Find(part, PeerScope.National, "").Shift(part.Indicator, part.Score, delta);
        Find(part, PeerScope.Province, province).Shift(part.Indicator, part.Score, delta);
    }

    private PeerPartAggregate Find(PeerPartScore part, string scope, string key)
    {
        var id = (part.FiscalYear, scope, key, part.Kind, part.Code);
        if (loaded.TryGetValue(id, out var aggregate))
            return aggregate;
        aggregate = new PeerPartAggregate
        {
            FiscalYear = part.FiscalYear,
            Scope = scope,
            ScopeKey = key,
            Kind = part.Kind,
            Code = part.Code,
        };
        db.PeerPartAggregates.Add(aggregate);
        loaded.Add(id, aggregate);
        return aggregate;
    }
}
