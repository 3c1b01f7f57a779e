using Ita.Micro.MeasureTracking.Apis;
using Ita.Micro.MeasureTracking.Extensions;
using Ita.Micro.ServiceDefaults;
using Ita.Micro.ServiceDefaults.OpenApi;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("measure-tracking");
builder.AddApplicationServices();
builder.AddEvidenceAndDeadlines();
builder.AddApiDocument(EvidenceApiDescriptions.AddTo(ApiDescriptions.Catalogue));

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapPlansApi();
app.MapMeasuresApi();
app.MapProgressApi();
app.MapReportsApi();
app.MapFollowUpApi();
app.MapAuditApi();
app.MapUnitsApi();
app.MapOversightApi();
app.MapEvidenceApi();
app.MapEvidenceOversightApi();
app.MapCalendarApi();
app.Run();
