using System.Linq.Expressions;
using System.Security.Claims;

namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>Filters a list query, in the database, to the organisations the caller may read (<see cref="OrganisationAccess.Scope"/>).</summary>
public static class OrganisationQueryExtensions
{
    /// <param name="organisationCode">The row's organisation code.</param>
    /// <param name="province">The row's province (bare name, as the registry stores it).</param>
    public static IQueryable<T> VisibleTo<T>(
        this IQueryable<T> query,
        ClaimsPrincipal user,
        Expression<Func<T, string>> organisationCode,
        Expression<Func<T, string?>> province
    )
    {
        var scope = OrganisationAccess.Scope(user);
        if (scope.Everything)
            return query;
        if (scope.OrganisationCode is null && scope.Province is null)
            return query.Where(_ => false);

        // row => row.Code == scope.OrganisationCode || row.Province == scope.Province, on one parameter.
        var row = organisationCode.Parameters[0];
        Expression? test = null;
        if (scope.OrganisationCode is { } code)
            test = Expression.Equal(organisationCode.Body, Expression.Constant(code));
        if (scope.Province is { } own)
        {
            var byProvince = Expression.Equal(
                new Rebind(province.Parameters[0], row).Visit(province.Body),
                Expression.Constant(own, typeof(string))
            );
            test = test is null ? byProvince : Expression.OrElse(test, byProvince);
        }
        return query.Where(Expression.Lambda<Func<T, bool>>(test!, row));
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
