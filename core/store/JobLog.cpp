#include "store/JobLog.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace scanshield::store {

bool recordAnonymization(Database& database, const AnonymizationJob& job, QString* error)
{
    if (!database.isOpen()) {
        if (error)
            *error = database.error();
        return false;
    }
    sqlite3_stmt* statement = nullptr;
    const char* sql = "INSERT INTO anonymization_jobs (finished_utc, options, files_written, files_not_copied, "
                      "pictures_cleaned, verified, findings_left) VALUES (?, ?, ?, ?, ?, ?, ?)";
    bool ok = sqlite3_prepare_v2(database.handle(), sql, -1, &statement, nullptr) == SQLITE_OK;
    if (ok) {
        const QByteArray finished = job.finished.toUTC().toString(Qt::ISODate).toUtf8();
        const QByteArray options = job.options.toUtf8();
        sqlite3_bind_text(statement, 1, finished.constData(), int(finished.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, options.constData(), int(options.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(statement, 3, job.filesWritten);
        sqlite3_bind_int(statement, 4, job.filesNotCopied);
        sqlite3_bind_int(statement, 5, job.picturesCleaned);
        sqlite3_bind_int(statement, 6, job.verified ? 1 : 0);
        sqlite3_bind_int(statement, 7, job.findingsLeft);
        ok = sqlite3_step(statement) == SQLITE_DONE;
    }
    if (!ok && error)
        *error = QString::fromUtf8(sqlite3_errmsg(database.handle()));
    sqlite3_finalize(statement);
    return ok;
}

QList<AnonymizationJob> anonymizationHistory(Database& database)
{
    QList<AnonymizationJob> jobs;
    if (!database.isOpen())
        return jobs;
    sqlite3_stmt* statement = nullptr;
    const char* sql = "SELECT finished_utc, options, files_written, files_not_copied, pictures_cleaned, verified, findings_left "
                      "FROM anonymization_jobs ORDER BY id";
    if (sqlite3_prepare_v2(database.handle(), sql, -1, &statement, nullptr) != SQLITE_OK)
        return jobs;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        AnonymizationJob job;
        job.finished = QDateTime::fromString(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))), Qt::ISODate);
        job.options = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
        job.filesWritten = sqlite3_column_int(statement, 2);
        job.filesNotCopied = sqlite3_column_int(statement, 3);
        job.picturesCleaned = sqlite3_column_int(statement, 4);
        job.verified = sqlite3_column_int(statement, 5) != 0;
        job.findingsLeft = sqlite3_column_int(statement, 6);
        jobs.append(job);
    }
    sqlite3_finalize(statement);
    return jobs;
}

} // namespace scanshield::store
