using System.Collections;
using System.Reflection;
using System.Text.Json;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// Guards the shape of every message on the bus. MassTransit routes by the type's namespace and name
/// (urn:message:Ita.Micro.Contracts:AssessmentRecorded) and consumers read the JSON by property names, so a renamed
/// type, namespace or property breaks services that were not redeployed. Each message's sample below is serialised
/// and compared with Snapshots/&lt;Name&gt;.json; a missing snapshot is written next to this file for review.
/// </summary>
public class MessageSnapshotTests
{
    private const string ContractsNamespace = "Ita.Micro.Contracts";

    /// <summary>Every message as shipped. Never edit a name here: publish a new type beside the old one instead.</summary>
    private static readonly string[] ShippedMessages =
    [
        "Ita.Micro.Contracts.AssessmentAnalysed",
        "Ita.Micro.Contracts.AssessmentRecorded",
        "Ita.Micro.Contracts.CodeBookPublished",
        "Ita.Micro.Contracts.DeadlineApproaching",
        "Ita.Micro.Contracts.DocumentRendered",
        "Ita.Micro.Contracts.EvidenceLinkBroken",
        "Ita.Micro.Contracts.EvidenceLinkRecovered",
        "Ita.Micro.Contracts.ImprovementPlanApproved",
        "Ita.Micro.Contracts.ImprovementPlanDrafted",
        "Ita.Micro.Contracts.ImprovementPlanPublished",
        "Ita.Micro.Contracts.MeasureProgressReported",
        "Ita.Micro.Contracts.OrganisationRegistered",
        "Ita.Micro.Contracts.ProgressReportSubmitted",
        "Ita.Micro.Contracts.RenderDocument",
        "Ita.Micro.Contracts.ScoreImportCompleted",
        "Ita.Micro.Contracts.SubmitScoreImport",
    ];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static readonly Assembly Contracts = typeof(AssessmentRecorded).Assembly;

    public static TheoryData<string> Messages => new(ShippedMessages);

    [Fact]
    public void The_messages_keep_their_namespaces_and_names()
    {
        Assert.Equal(
            ShippedMessages.Order(StringComparer.Ordinal),
            MessageTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void Every_message_has_a_sample_for_its_snapshot()
    {
        var missing = MessageTypes().Where(t => !Samples.ContainsKey(t)).Select(t => t.FullName).ToList();
        Assert.True(
            missing.Count == 0,
            $"Add a sample to {nameof(MessageSnapshotTests)}.{nameof(Samples)} and the name to {nameof(ShippedMessages)} "
                + $"for: {string.Join(", ", missing)}"
        );
    }

    [Fact]
    public void The_samples_hold_every_contract_record_so_the_snapshots_show_every_property_name()
    {
        var seen = new HashSet<Type>();
        foreach (var sample in Samples.Values)
            Walk(sample, seen);

        var unseen = ContractRecords().Where(t => !seen.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(
            unseen.Count == 0,
            $"No sample holds an instance of {string.Join(", ", unseen)}: fill in the list or property that carries it."
        );
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_serialises_as_its_snapshot(string fullName)
    {
        var type = Contracts.GetType(fullName)
            ?? throw new Xunit.Sdk.XunitException($"{fullName} is gone: MassTransit routes by this name. Restore it.");
        var sample = Samples.TryGetValue(type, out var found)
            ? found
            : throw new Xunit.Sdk.XunitException($"No sample for {fullName} in {nameof(Samples)}.");
        var actual = Serialise(sample, type);

        var expected = ReadSnapshot(type);
        if (expected is null)
        {
            var written = Path.Combine(
                SourceFolder()
                    ?? throw new InvalidOperationException(
                        $"No snapshot for {type.Name} and no repository (Ita.Micro.sln) above {AppContext.BaseDirectory} to write one in."
                    ),
                "Snapshots",
                type.Name + ".json"
            );
            Directory.CreateDirectory(Path.GetDirectoryName(written)!);
            File.WriteAllText(written, actual);
            Assert.Fail(
                $"A new snapshot was written to {written}: review it (it is the message's shape on the bus from now on) "
                    + "and commit it with the message."
            );
        }

        Assert.True(
            expected == actual,
            $"{type.Name} no longer serialises as Snapshots/{type.Name}.json. Consumers read messages by property name "
                + "and MassTransit routes by type name: a rename breaks services not redeployed with it. Publish a new type "
                + "beside the old one instead. If the change is compatible (an added optional property) or only the sample "
                + $"changed, delete the snapshot, rerun to write it again, and review the difference.{Environment.NewLine}"
                + $"Expected:{Environment.NewLine}{expected}{Environment.NewLine}Actual:{Environment.NewLine}{actual}"
        );
    }

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_in_its_snapshot_form_is_still_read_in_full(string fullName)
    {
        var type = Contracts.GetType(fullName);
        Assert.NotNull(type);
        var json = ReadSnapshot(type);
        Assert.True(
            json is not null,
            $"No snapshot for {type.Name} yet: {nameof(A_message_serialises_as_its_snapshot)} writes it."
        );

        // What a consumer built from today's contracts reads from a message written to the snapshot's shape:
        // required properties must be there (System.Text.Json enforces them) and nothing may be lost.
        var read = JsonSerializer.Deserialize(json, type, Json);

        Assert.Equal(json, Serialise(read!, type));
    }

    /// <summary>Messages published on their own that another message also carries (a plan carries its analysis).</summary>
    private static readonly Type[] CarriedInOthers = [typeof(AssessmentAnalysed)];

    /// <summary>Public sealed records of the contracts namespace that no other record holds: the messages.</summary>
    private static List<Type> MessageTypes()
    {
        var records = ContractRecords();
        var parts = records.SelectMany(r => r.GetProperties()).SelectMany(p => Unwrap(p.PropertyType)).ToHashSet();
        return records.Where(r => !parts.Contains(r) || CarriedInOthers.Contains(r)).ToList();
    }

    private static List<Type> ContractRecords() =>
        Contracts
            .GetExportedTypes()
            .Where(t =>
                t.Namespace == ContractsNamespace && t.IsClass && t.IsSealed && t.GetMethod("<Clone>$") is not null
            )
            .ToList();

    /// <summary>A property's type and, for lists and nullables, the types inside it.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.IsArray)
            foreach (var inner in Unwrap(type.GetElementType()!))
                yield return inner;
        foreach (var argument in type.GenericTypeArguments)
        foreach (var inner in Unwrap(argument))
            yield return inner;
    }

    private static void Walk(object? value, HashSet<Type> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsValueType)
            return;
        if (value is IEnumerable items)
        {
            foreach (var item in items)
                Walk(item, seen);
            return;
        }
        if (!seen.Add(value.GetType()))
            return;
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            Walk(property.GetValue(value), seen);
    }

    private static string Serialise(object message, Type type) =>
        Normalise(JsonSerializer.Serialize(message, type, Json));

    private static string Normalise(string json) => json.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    /// <summary>
    /// The snapshot in the repository when the tests run from a build inside it (so a deleted snapshot is written
    /// again, not read from a stale copy), else the copy in the output folder; null when there is none.
    /// </summary>
    private static string? ReadSnapshot(Type type)
    {
        var file = Path.Combine("Snapshots", type.Name + ".json");
        var source = SourceFolder();
        var path = source is not null ? Path.Combine(source, file) : Path.Combine(AppContext.BaseDirectory, file);
        return File.Exists(path) ? Normalise(File.ReadAllText(path)) : null;
    }

    /// <summary>This project's folder in the repository (below the folder holding Ita.Micro.sln), or null outside one.</summary>
    private static string? SourceFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ita.Micro.sln")))
                return Path.Combine(folder.FullName, "tests", typeof(MessageSnapshotTests).Assembly.GetName().Name!);
        }
        return null;
    }

    // ---- Samples: fixed values, every property set, every list non-empty -------------------------------------------

    private static readonly DateTime At = new(2025, 11, 3, 9, 30, 0, DateTimeKind.Utc);

    private static readonly OrganisationInfo Organisation = new()
    {
        Code = "5300101",
        Name = "Tha It Subdistrict Municipality",
        Type = "Subdistrict Municipality",
        Province = "Uttaradit",
        District = "Mueang Uttaradit",
    };

    private static readonly AssessmentScores Scores = new()
    {
        Total = 88.46m,
        Tools = [new ToolScore { Tool = "IIT", Score = 91.2m }],
        Indicators = [new IndicatorScore { Indicator = 1, Score = 90.5m }],
        Items = [new ItemScore { Code = "i1", Score = 92m }],
    };

    private static readonly ItemResult WeakestItem = new()
    {
        Code = "i10",
        Label = "Borrows public assets by the rules",
        Concept = "iit-asset-borrow-proper",
        Indicator = 4,
        Score = 45.92m,
        Classification = FindingClass.Urgent,
        Reason = "Score 45.92 is below 70: urgent",
    };

    private static readonly PlannedMeasure Planned = new()
    {
        MeasureId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1006"),
        Order = 1,
        Title = "Rules for borrowing public assets",
        Indicators = [new IndicatorRef { Number = 4, Name = "Use of public assets" }],
        ItemConcepts = ["iit-asset-borrow-proper"],
        Finding = "i10 scored 45.92",
        Steps = ["Appoint asset keepers", "Publish the borrowing procedure"],
        ResponsibleUnits = ["Office of the Clerk"],
        Period = "Quarters 1-2",
        PeriodStart = new DateOnly(2025, 10, 1),
        PeriodEnd = new DateOnly(2026, 3, 31),
        FollowUp = "Monthly report to the clerk",
        Target = "Procedure published by March",
    };

    private static readonly MeasureProgress Progress = new()
    {
        ProgressId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1007"),
        ReportedOn = new DateOnly(2026, 3, 20),
        Status = MeasureStatus.Dropped,
        Output = "Procedure drafted",
        Outcome = "No loss of assets",
        DroppedReason = "Merged into the asset register measure",
        Evidence =
        [
            new EvidenceLink
            {
                Url = "https://example.go.th/asset-rules",
                Title = "Asset rules",
                PublishedOn = new DateOnly(2026, 3, 1),
            },
        ],
        ReportedBy = "officer@5300101",
    };

    private static readonly Signatory Mayor = new()
    {
        Name = "Somchai Jaidee",
        Position = "Mayor of Tha It",
        ActingFor = "Acting for the Mayor of Tha It",
    };

    private static readonly Signatory Clerk = new() { Name = "Somying Rakngan", Position = "Policy and Plan Analyst" };

    private static readonly AssessmentAnalysed Analysed = new()
    {
        AnalysisId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1003"),
        Organisation = Organisation,
        FiscalYear = 2568,
        Revision = 2,
        AssessmentRevision = 1,
        Total = 88.46m,
        Rating = "ผ่าน",
        Official = new OfficialRating
        {
            Label = "ผ่าน",
            Source = RatingSource.Published,
            PublishedLabel = "ผ่าน",
            ComputedLabel = "ผ่านดี",
            PossibleLabels = ["ผ่านดี"],
            Passed = true,
        },
        Passed = true,
        PassMark = 85m,
        Tools = [new ToolScore { Tool = "EIT", Score = 86.75m }],
        Indicators =
        [
            new IndicatorResult
            {
                Indicator = 4,
                Name = "Use of public assets",
                Tool = "IIT",
                Score = 71.5m,
                Weak = true,
                Classification = FindingClass.Develop,
                Reason = "Score 71.50 is 70 or more but below 85: to develop",
                WeakestItems = [WeakestItem],
                Narrative = "Indicator 4 scored 71.50; its weakest item i10 scored 45.92: to develop.",
            },
        ],
        WeakestIndicator = 4,
        PreviousYearTotal = 84.1m,
        ChangeFromPreviousYear = 4.36m,
        PreviousFiscalYear = 2567,
        Items = [WeakestItem],
        ToolChanges =
        [
            new ScoreChange
            {
                Key = "EIT",
                Previous = 80.25m,
                Current = 86.75m,
                Change = 6.5m,
            },
        ],
        IndicatorChanges =
        [
            new ScoreChange
            {
                Key = "4",
                Previous = 75m,
                Current = 71.5m,
                Change = -3.5m,
            },
        ],
        ItemChanges =
        [
            new ScoreChange
            {
                Key = "iit-asset-borrow-proper",
                Previous = 50m,
                Current = 45.92m,
                Change = -4.08m,
            },
        ],
        RecommendedMeasures =
        [
            new RecommendedMeasure
            {
                Id = "asset-borrowing-rules",
                CatalogueVersion = 1,
                Indicator = 4,
                Title = "Rules for borrowing public assets",
                Finding = "i10 scored 45.92",
                Steps = ["Appoint asset keepers", "Publish the borrowing procedure"],
                ResponsibleUnits = ["Office of the Clerk"],
                Period = "October – March",
                Evidence = "The order and the procedure",
            },
        ],
        AnalysedAtUtc = At,
    };

    private static readonly Dictionary<Type, object> Samples = new()
    {
        [typeof(ImprovementPlanApproved)] = new ImprovementPlanApproved
        {
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            PlanVersion = 3,
            Organisation = Organisation,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Approver = Mayor,
            Measures = [Planned],
            ApprovedAtUtc = At,
            ApprovedOn = new DateOnly(2025, 10, 28),
        },
        [typeof(ImprovementPlanPublished)] = new ImprovementPlanPublished
        {
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            PlanVersion = 4,
            Organisation = Organisation,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Signatory = Mayor,
            Measures = [Planned],
            AnnouncedOn = new DateOnly(2025, 11, 3),
            PublishedBy = "clerk@5300101",
            PublishedAtUtc = At,
        },
        [typeof(MeasureProgressReported)] = new MeasureProgressReported
        {
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            Organisation = Organisation,
            PlanFiscalYear = 2569,
            Measure = Planned,
            Progress = Progress,
            ReportedAtUtc = At,
        },
        [typeof(ProgressReportSubmitted)] = new ProgressReportSubmitted
        {
            ReportId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1008"),
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            Organisation = Organisation,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Period = ReportPeriod.SixMonths,
            AsOf = new DateOnly(2026, 3, 31),
            Entries =
            [
                new ProgressReportEntry
                {
                    Measure = Planned,
                    Progress = Progress,
                    Evidence = [.. Progress.Evidence],
                },
            ],
            Signatories = [Clerk, Mayor],
            SubmittedBy = "clerk@5300101",
            SubmittedAtUtc = At,
            Revision = 2,
            Supersedes = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1009"),
            CorrectionReason = "The clerk's name was misspelt",
            OriginatingUnit = "Office of the Clerk",
            DocumentPrefix = "UT 53001",
            DocumentNumber = "123",
        },
        [typeof(SubmitScoreImport)] = new SubmitScoreImport
        {
            ImportId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1001"),
            Source = "itas-export",
            Assessments =
            [
                new SubmittedAssessment
                {
                    Organisation = Organisation,
                    FiscalYear = 2568,
                    Scores = Scores,
                    PublishedRating = "A",
                },
            ],
            FileUrl = "https://scores.example.go.th/ita/2568.csv",
            SubmittedAtUtc = At,
        },
        [typeof(OrganisationRegistered)] = new OrganisationRegistered
        {
            Organisation = Organisation,
            RegisteredAtUtc = At,
        },
        [typeof(AssessmentRecorded)] = new AssessmentRecorded
        {
            AssessmentId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1002"),
            Organisation = Organisation,
            FiscalYear = 2568,
            Revision = 2,
            Scores = Scores,
            PublishedRating = "A",
            PreviousYearTotal = 84.1m,
            ImportId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1001"),
            RecordedAtUtc = At,
        },
        [typeof(AssessmentAnalysed)] = Analysed,
        [typeof(ImprovementPlanDrafted)] = new ImprovementPlanDrafted
        {
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            Organisation = Organisation,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            AnalysisId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1003"),
            AnalysisRevision = 2,
            Measures =
            [
                new ProposedMeasure
                {
                    Order = 1,
                    Title = "Rules for borrowing public assets",
                    Indicator = 4,
                    IndicatorName = "Use of public assets",
                    Finding = "Indicator 4 scored 71.5",
                    ResponsibleUnit = "Office of the Clerk",
                    Period = "Fiscal year 2569",
                    Steps = ["Appoint asset keepers"],
                    Evidence = "The order",
                    CatalogueMeasureId = "asset-borrowing-rules",
                },
            ],
            DraftedAtUtc = At,
            Analysis = Analysed.ForDocument(),
        },
        [typeof(RenderDocument)] = new RenderDocument
        {
            DocumentId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1005"),
            Kind = DocumentKind.Analysis,
            OrganisationCode = "5300101",
            FiscalYear = 2569,
            RequestedAtUtc = At,
            Priority = RenderPriority.SomeoneWaits,
        },
        [typeof(DocumentRendered)] = new DocumentRendered
        {
            DocumentId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1005"),
            Kind = DocumentKind.Analysis,
            OrganisationCode = "5300101",
            FiscalYear = 2569,
            ContentType = "application/pdf",
            SizeBytes = 48213,
            DataHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            DownloadPath = "/api/documents/0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1005/content",
            RenderedAtUtc = At,
        },
        [typeof(CodeBookPublished)] = new CodeBookPublished
        {
            FiscalYear = 2569,
            Version = 2,
            Json =
                """{"fiscalYear":2569,"version":2,"passMark":85,"tools":[],"indicators":[],"rating":{"name":"pass","bands":[]}}""",
            PublishedBy = "admin@nacc.go.th",
            PublishedAtUtc = At,
        },
        [typeof(EvidenceLinkBroken)] = new EvidenceLinkBroken
        {
            EvidenceId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c100a"),
            OrganisationCode = "5300101",
            Province = "Uttaradit",
            FiscalYear = 2569,
            ItemCode = "O11",
            Url = "https://example.go.th/procurement-monthly",
            Title = "Monthly procurement summary",
            Failure = LinkFailure.HttpStatus,
            StatusCode = 404,
            Detail = "HTTP 404 Not Found",
            FailedChecks = 2,
            BrokenSinceUtc = At.AddDays(-1),
            DetectedAtUtc = At,
        },
        [typeof(EvidenceLinkRecovered)] = new EvidenceLinkRecovered
        {
            EvidenceId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c100a"),
            OrganisationCode = "5300101",
            Province = "Uttaradit",
            FiscalYear = 2569,
            ItemCode = "O11",
            Url = "https://example.go.th/procurement-monthly",
            Title = "Monthly procurement summary",
            StatusCode = 200,
            FinalUrl = "https://www.example.go.th/procurement/monthly",
            BrokenSinceUtc = At.AddDays(-1),
            RecoveredAtUtc = At,
        },
        [typeof(DeadlineApproaching)] = new DeadlineApproaching
        {
            DeadlineKey = "report:0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004:SixMonths",
            Kind = DeadlineKind.SixMonthReportDue,
            Title = "Six-month progress report due",
            DueOn = new DateOnly(2026, 4, 30),
            DaysBefore = 7,
            DaysLeft = 7,
            FiscalYear = 2569,
            OrganisationCode = "5300101",
            Province = "Uttaradit",
            PlanId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1004"),
            MeasureId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1006"),
            RaisedAtUtc = At,
        },
        [typeof(ScoreImportCompleted)] = new ScoreImportCompleted
        {
            ImportId = new Guid("0b6b4c1e-3f1d-4c55-9a57-1f2a9b7c1001"),
            Source = "itas-export",
            RowsRead = 3,
            Recorded = 1,
            Unchanged = 1,
            Errors = ["row 3: fiscal year 2550 has no code book"],
            CompletedAtUtc = At,
        },
    };
}
