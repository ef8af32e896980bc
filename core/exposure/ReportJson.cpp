#include "exposure/ReportJson.h"

#include <QJsonArray>

namespace scanshield::exposure {

namespace {

QJsonArray boxesToJson(const QList<TextBox>& boxes)
{
    QJsonArray array;
    for (const TextBox& b : boxes)
        array.append(QJsonObject{
            {QStringLiteral("file"), b.file},
            {QStringLiteral("frame"), b.frame},
            {QStringLiteral("x"), b.x},
            {QStringLiteral("y"), b.y},
            {QStringLiteral("width"), b.width},
            {QStringLiteral("height"), b.height},
            {QStringLiteral("text"), b.text},
        });
    return array;
}

} // namespace

QJsonObject findingToJson(const Finding& f)
{
    return QJsonObject{
        {QStringLiteral("category"), categoryKey(f.category)},
        {QStringLiteral("attribute"), f.attribute},
        {QStringLiteral("name"), f.plainName},
        {QStringLiteral("standard_name"), f.standardName},
        {QStringLiteral("explanation"), f.explanation},
        {QStringLiteral("value"), f.value},
        {QStringLiteral("value_note"), f.valueNote},
        {QStringLiteral("safe_harbor"), f.safeHarbor.isEmpty() ? QJsonValue() : QJsonValue(f.safeHarbor)},
        {QStringLiteral("uid"), f.isUid},
        {QStringLiteral("mentions"), QJsonArray::fromStringList(f.mentions)},
        {QStringLiteral("files"), QJsonArray::fromStringList(f.files)},
        {QStringLiteral("where"), QJsonArray::fromStringList(f.where)},
        {QStringLiteral("occurrences"), f.occurrences},
        {QStringLiteral("boxes"), boxesToJson(f.boxes)},
    };
}

QJsonObject reportToJson(const ExposureReport& report)
{
    QJsonArray findings;
    for (const Finding& f : report.findings)
        findings.append(findingToJson(f));
    QJsonObject summary;
    for (auto it = report.categories.begin(); it != report.categories.end(); ++it)
        summary.insert(categoryKey(it.key()), QJsonObject{
                                                  {QStringLiteral("findings"), it->findings},
                                                  {QStringLiteral("reference_numbers"), it->referenceNumbers},
                                                  {QStringLiteral("occurrences"), it->occurrences},
                                                  {QStringLiteral("level"), levelKey(it->level)},
                                              });
    return QJsonObject{
        {QStringLiteral("files_examined"), report.filesExamined},
        {QStringLiteral("files_not_examined"), QJsonArray::fromStringList(report.filesNotExamined)},
        {QStringLiteral("cancelled"), report.cancelled},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("burned_in"), QJsonObject{
                                          {QStringLiteral("images_considered"), report.imagesConsidered},
                                          {QStringLiteral("images_flagged_by_detector"), report.imagesFlaggedByDetector},
                                          {QStringLiteral("images_sent_to_ocr"), report.imagesSentToOcr},
                                          {QStringLiteral("note"), report.burnedInNote},
                                      }},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("places"), report.name.places},
                                             {QStringLiteral("forms"), QJsonArray::fromStringList(report.name.forms)}}},
        {QStringLiteral("findings"), findings},
    };
}

} // namespace scanshield::exposure
