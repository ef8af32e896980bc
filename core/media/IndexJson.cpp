#include "media/IndexJson.h"

#include <QJsonArray>

namespace scanshield::media {

namespace {

QJsonObject seriesToJson(const SeriesEntry& series)
{
    QJsonArray files;
    for (const IndexedInstance& instance : series.instances)
        files.append(instance.path);
    return QJsonObject{
        {QStringLiteral("uid"), series.uid},
        {QStringLiteral("modality"), series.modality},
        {QStringLiteral("description"), series.description},
        {QStringLiteral("number"), series.number},
        {QStringLiteral("instances"), int(series.instances.size())},
        {QStringLiteral("frames"), series.frameCount()},
        {QStringLiteral("files"), files},
    };
}

QJsonObject studyToJson(const StudyEntry& study)
{
    QJsonArray series;
    for (const SeriesEntry& s : study.series)
        series.append(seriesToJson(s));
    return QJsonObject{
        {QStringLiteral("uid"), study.uid},
        {QStringLiteral("date"), study.date},
        {QStringLiteral("time"), study.time},
        {QStringLiteral("description"), study.description},
        {QStringLiteral("accession_number"), study.accessionNumber},
        {QStringLiteral("series"), series},
    };
}

QJsonObject patientToJson(const PatientEntry& patient)
{
    QJsonArray studies;
    for (const StudyEntry& s : patient.studies)
        studies.append(studyToJson(s));
    return QJsonObject{
        {QStringLiteral("name"), patient.name},
        {QStringLiteral("readable_name"), readablePersonName(patient.name)},
        {QStringLiteral("id"), patient.id},
        {QStringLiteral("birth_date"), patient.birthDate},
        {QStringLiteral("sex"), patient.sex},
        {QStringLiteral("studies"), studies},
    };
}

} // namespace

QJsonObject indexToJson(const DiscIndex& index)
{
    QJsonArray patients;
    for (const PatientEntry& p : index.patients)
        patients.append(patientToJson(p));
    QJsonArray problems;
    for (const FileProblem& problem : index.problems)
        problems.append(QJsonObject{
            {QStringLiteral("path"), problem.path},
            {QStringLiteral("kind"), problemKindName(problem.kind)},
            {QStringLiteral("reason"), problem.reason},
            {QStringLiteral("detail"), problem.detail},
        });
    QJsonArray directories;
    for (const QString& d : index.mediaDirectories)
        directories.append(d);
    return QJsonObject{
        {QStringLiteral("location"), index.location},
        {QStringLiteral("files_total"), index.filesTotal},
        {QStringLiteral("instances_total"), index.instancesTotal()},
        {QStringLiteral("series_total"), index.seriesTotal()},
        {QStringLiteral("studies_total"), index.studiesTotal()},
        {QStringLiteral("media_directories"), directories},
        {QStringLiteral("patients"), patients},
        {QStringLiteral("problems"), problems},
    };
}

} // namespace scanshield::media
