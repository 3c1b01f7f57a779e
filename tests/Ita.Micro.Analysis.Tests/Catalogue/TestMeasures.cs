using Ita.Micro.Analysis.Catalogue;

namespace Ita.Micro.Analysis.Tests.Catalogue;

/// <summary>Valid measures to start from; a test changes only what it is about.</summary>
public static class TestMeasures
{
    public static CatalogueMeasure Valid(string id, int indicator = 4, int priority = 1, params string[] concepts) =>
        new()
        {
            Id = id,
            Indicator = indicator,
            Concepts = concepts,
            Title = "มาตรการทดสอบ " + id,
            Steps = ["จัดทำคำสั่งแต่งตั้งผู้รับผิดชอบ", "แจ้งเวียนให้บุคลากรทราบ"],
            ResponsibleUnits = ["สำนักปลัด"],
            Period = "ไตรมาสที่ ๑",
            Evidence = "คำสั่งแต่งตั้งและหนังสือแจ้งเวียนที่เผยแพร่บนเว็บไซต์",
            Priority = priority,
            Source = "test",
        };
}
