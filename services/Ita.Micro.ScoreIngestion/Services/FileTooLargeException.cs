namespace Ita.Micro.ScoreIngestion.Services;

public sealed class FileTooLargeException(long maxBytes)
    : Exception($"ไฟล์ใหญ่เกิน {maxBytes:N0} ไบต์ / The file is larger than {maxBytes:N0} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
