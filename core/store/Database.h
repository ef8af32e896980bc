#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace scanshield::store {

// ScanShield's own small database (SQLite): what it needs to remember between runs, and as
// little about patients as it can, never a name, an ID or a date of birth. The file is
// created readable by its owner only (0600), uses write-ahead logging so a crash never
// leaves it half-written, and its schema is brought up to date step by step on opening
// (PRAGMA user_version).
class Database {
public:
    // The default place, shared by the window and the CLI: ~/.local/share/ScanShield/.
    static QString defaultPath();

    // Opens or creates the database; isOpen() false and error() set when it cannot.
    explicit Database(const QString& path = defaultPath());
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs one statement without results; false with error() set on failure.
    bool execute(const char* sql);
    sqlite3* handle() const { return m_db; }

    // Deletes everything ScanShield remembers (the person's "forget everything").
    bool wipe();

private:
    bool migrate();

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_error;
};

} // namespace scanshield::store
