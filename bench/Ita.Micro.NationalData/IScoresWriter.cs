using Ita.Micro.Contracts;

namespace Ita.Micro.NationalData;

/// <summary>Writes one fiscal year's assessments as they are drawn, one at a time.</summary>
internal interface IScoresWriter : IDisposable
{
    string Path { get; }

    void Write(SubmittedAssessment assessment);
}
