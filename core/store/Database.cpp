#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

namespace scanshield::store {

namespace {

// Each step brings the schema from version i to i + 1; steps are never edited once
// released, only added.
constexpr const char* kMigrations[] = {
    // 1: the anonymization jobs: when, with which options, how many files, verified or not.
    // No names, IDs or paths: the output folder is the person's business, not the database's.
    "CREATE TABLE anonymization_jobs ("
    "  id INTEGER PRIMARY KEY,"
    "  finished_utc TEXT NOT NULL,"
    "  options TEXT NOT NULL,"
    "  files_written INTEGER NOT NULL,"
    "  files_not_copied INTEGER NOT NULL,"
    "  pictures_cleaned INTEGER NOT NULL,"
    "  verified INTEGER NOT NULL,"
    "  findings_left INTEGER NOT NULL)",
    // 2: appointments and the answers noted for them. These are the person's own notes for
    // their own appointments (a title, a date, a place, the kind of scan, and per question:
    // asked or not, the answer, a note), kept only on this computer and deleted by "Forget
    // everything" (wipe()). A question's answers go with their appointment.
    "CREATE TABLE appointments ("
    "  id INTEGER PRIMARY KEY,"
    "  title TEXT NOT NULL,"
    "  date TEXT,"
    "  place TEXT NOT NULL DEFAULT '',"
    "  scan_kind TEXT NOT NULL DEFAULT '',"
    "  created_utc TEXT NOT NULL);"
    "CREATE TABLE answers ("
    "  appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
    "  question_id TEXT NOT NULL,"
    "  asked INTEGER NOT NULL,"
    "  answer TEXT NOT NULL,"
    "  note TEXT NOT NULL,"
    "  PRIMARY KEY (appointment_id, question_id)) WITHOUT ROWID",
};

} // namespace

QString Database::defaultPath()
{
    // One database for the window and the CLI, whatever each program is called.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ScanShield/scanshield.sqlite"));
}

Database::Database(const QString& path) : m_path(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool existed = QFileInfo::exists(path);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // secure_delete: what is deleted is overwritten, not only unlinked, so "Forget everything"
    // leaves no old answer in a free page of the file or the log.
    if (!execute("PRAGMA journal_mode=WAL") || !execute("PRAGMA foreign_keys=ON") || !execute("PRAGMA secure_delete=ON") ||
        !migrate()) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

Database::~Database()
{
    sqlite3_close(m_db);
}

bool Database::execute(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}

int Database::schemaVersion() const
{
    if (!m_db)
        return -1;
    sqlite3_stmt* statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

bool Database::migrate()
{
    const int target = int(std::size(kMigrations));
    for (int version = schemaVersion(); version < target; ++version) {
        // Each step and its new version number in one transaction: all or nothing.
        const QByteArray step = QByteArray("BEGIN; ") + kMigrations[version] + "; PRAGMA user_version = " +
                                QByteArray::number(version + 1) + "; COMMIT;";
        if (!execute(step.constData())) {
            execute("ROLLBACK");
            return false;
        }
    }
    return true;
}

bool Database::wipe()
{
    // VACUUM rewrites the file without the freed pages; the checkpoint then empties the
    // write-ahead log, whose older frames still hold what was deleted.
    if (!execute("BEGIN; DELETE FROM answers; DELETE FROM appointments; DELETE FROM anonymization_jobs; COMMIT")) {
        const QString error = m_error;
        execute("ROLLBACK");
        m_error = error;
        return false;
    }
    return execute("VACUUM") && execute("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace scanshield::store
