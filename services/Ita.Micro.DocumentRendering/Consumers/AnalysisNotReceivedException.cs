using Ita.Micro.ServiceDefaults.Messaging;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A plan arrived before the analysis it answers (the two travel on different queues). Retried: the analysis is
/// normally a moment behind.
/// </summary>
public sealed class AnalysisNotReceivedException(string organisationCode, int fiscalYear, int revision)
    : MessageNotReadyException($"The analysis of {organisationCode} {fiscalYear} revision {revision} has not arrived yet.");
