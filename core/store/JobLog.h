#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace scanshield::store {

class Database;

// One anonymized copy, as remembered: when, how, how much, and whether it was verified.
// Nothing about the patient and not where the copy went.
struct AnonymizationJob {
    QDateTime finished;          // UTC
    QString options;             // the de-identification codes used ("113100 113101 ...")
    int filesWritten = 0;
    int filesNotCopied = 0;
    int picturesCleaned = 0;
    bool verified = false;
    int findingsLeft = 0;
};

bool recordAnonymization(Database& database, const AnonymizationJob& job, QString* error);
QList<AnonymizationJob> anonymizationHistory(Database& database);

} // namespace scanshield::store
