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
    if (!execute("PRAGMA journal_mode=WAL") || !execute("PRAGMA foreign_keys=ON") || !migrate()) {
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
    return execute("DELETE FROM anonymization_jobs") && execute("VACUUM");
}

} // namespace scanshield::store
