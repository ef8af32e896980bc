// Appointments and the answers noted for them (store/Appointments), in real SQLite files: a
// database from before appointments existed is brought up to date with its rows kept, answers
// come back after closing and opening again, an appointment takes its answers with it,
// "Forget everything" leaves nothing behind, and a program killed in the middle of a write
// loses only that write.
#include "store/Appointments.h"
#include "store/Database.h"
#include "store/JobLog.h"
#include "support/StorePrinting.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace scanshield;

namespace {

QString freshDatabasePath()
{
    return QDir(test::makeTempDir()).filePath(QStringLiteral("scanshield.sqlite"));
}

// The first value of the first row of `sql`, as text ("" when there is none).
QString firstValue(store::Database& database, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    QString value;
    if (sqlite3_prepare_v2(database.handle(), sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

int answerRows(store::Database& database)
{
    return firstValue(database, "SELECT COUNT(*) FROM answers").toInt();
}

store::Appointment kneeMri()
{
    store::Appointment appointment;
    appointment.title = QStringLiteral("Dr Weber, knee MRI");
    appointment.date = QDate(2026, 12, 3);
    appointment.place = QStringLiteral("St Anne's Hospital");
    appointment.scanKind = QStringLiteral("MRI");
    return appointment;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST(Appointments, UpgradesAVersionOneDatabaseAndKeepsItsRows)
{
    const QString path = freshDatabasePath();
    // The database as the first release left it: the jobs table, one job, user_version 1.
    {
        sqlite3* raw = nullptr;
        ASSERT_EQ(sqlite3_open(QFile::encodeName(path).constData(), &raw), SQLITE_OK);
        const char* versionOne =
            "PRAGMA journal_mode=WAL;"
            "CREATE TABLE anonymization_jobs (id INTEGER PRIMARY KEY, finished_utc TEXT NOT NULL, options TEXT NOT NULL,"
            " files_written INTEGER NOT NULL, files_not_copied INTEGER NOT NULL, pictures_cleaned INTEGER NOT NULL,"
            " verified INTEGER NOT NULL, findings_left INTEGER NOT NULL);"
            "INSERT INTO anonymization_jobs VALUES (1, '2026-11-24T20:05:00Z', '113100 113101', 105, 0, 2, 1, 0);"
            "PRAGMA user_version = 1;";
        char* message = nullptr;
        EXPECT_EQ(sqlite3_exec(raw, versionOne, nullptr, nullptr, &message), SQLITE_OK) << (message ? message : "");
        sqlite3_free(message);
        sqlite3_close(raw);
    }

    store::Database database(path);
    ASSERT_TRUE(database.isOpen()) << database.error().toStdString();
    EXPECT_EQ(database.schemaVersion(), 2);
    const QList<store::AnonymizationJob> history = store::anonymizationHistory(database);
    ASSERT_EQ(history.size(), 1) << "the job recorded before the upgrade is still there";
    EXPECT_EQ(history.first().options, QStringLiteral("113100 113101"));
    EXPECT_EQ(history.first().filesWritten, 105);
    EXPECT_TRUE(history.first().verified);

    store::AppointmentBook book(database);
    const qint64 id = book.create(kneeMri());
    ASSERT_NE(id, 0) << book.error().toStdString();
    EXPECT_TRUE(book.saveAnswer(id, QStringLiteral("ai_used"), {true, QStringLiteral("No"), QString()}));
}

TEST(Appointments, AreKeptWithTheirAnswersAcrossClosingAndOpening)
{
    const QString path = freshDatabasePath();
    qint64 knee = 0;
    qint64 undated = 0;
    {
        store::Database database(path);
        ASSERT_TRUE(database.isOpen()) << database.error().toStdString();
        store::AppointmentBook book(database);
        EXPECT_TRUE(book.appointments().isEmpty());
        knee = book.create(kneeMri());
        store::Appointment later;
        later.title = QStringLiteral("Follow-up");
        undated = book.create(later);
        ASSERT_NE(knee, 0);
        ASSERT_NE(undated, 0);
        ASSERT_TRUE(book.saveAnswer(knee, QStringLiteral("ai_used"), {true, QStringLiteral("Yes, for measuring."), QStringLiteral("Ask about the maker")}));
        ASSERT_TRUE(book.saveAnswer(knee, QStringLiteral("anon_deface"), {false, QString(), QStringLiteral("Ask first")}));
        ASSERT_TRUE(book.saveAnswer(undated, QStringLiteral("ai_used"), {true, QStringLiteral("Nö, nie — 没有"), QString()}));
        // Saving again changes the answer in place.
        ASSERT_TRUE(book.saveAnswer(knee, QStringLiteral("anon_deface"), {true, QStringLiteral("They will remove the face."), QStringLiteral("Ask first")}));
    }

    store::Database database(path);
    ASSERT_TRUE(database.isOpen());
    store::AppointmentBook book(database);
    const QList<store::Appointment> appointments = book.appointments();
    ASSERT_EQ(appointments.size(), 2);
    EXPECT_EQ(appointments.at(0).id, knee);
    EXPECT_EQ(appointments.at(0).title, QStringLiteral("Dr Weber, knee MRI"));
    EXPECT_EQ(appointments.at(0).date, QDate(2026, 12, 3));
    EXPECT_EQ(appointments.at(0).place, QStringLiteral("St Anne's Hospital"));
    EXPECT_EQ(appointments.at(0).scanKind, QStringLiteral("MRI"));
    EXPECT_TRUE(appointments.at(0).created.isValid());
    EXPECT_EQ(appointments.at(1).title, QStringLiteral("Follow-up"));
    EXPECT_TRUE(appointments.at(1).date.isNull()) << "a date not known stays unknown";

    const QHash<QString, store::StoredAnswer> kneeAnswers = book.answers(knee);
    ASSERT_EQ(kneeAnswers.size(), 2);
    EXPECT_EQ(kneeAnswers.value("ai_used"), (store::StoredAnswer{true, "Yes, for measuring.", "Ask about the maker"}));
    EXPECT_EQ(kneeAnswers.value("anon_deface"), (store::StoredAnswer{true, "They will remove the face.", "Ask first"}));
    const QHash<QString, store::StoredAnswer> laterAnswers = book.answers(undated);
    ASSERT_EQ(laterAnswers.size(), 1) << "each appointment has its own answers";
    EXPECT_EQ(laterAnswers.value("ai_used").answer, QStringLiteral("Nö, nie — 没有"));

    // Renaming and dating an appointment.
    store::Appointment renamed = appointments.at(1);
    renamed.title = QStringLiteral("Dr Weber again");
    renamed.date = QDate(2027, 1, 14);
    ASSERT_TRUE(book.update(renamed)) << book.error().toStdString();
    EXPECT_EQ(book.appointment(undated)->title, QStringLiteral("Dr Weber again"));
    EXPECT_EQ(book.appointment(undated)->date, QDate(2027, 1, 14));
    renamed.date = QDate();
    ASSERT_TRUE(book.update(renamed));
    EXPECT_TRUE(book.appointment(undated)->date.isNull());
}

TEST(Appointments, KeepNothingForAnAnswerLeftBlank)
{
    store::Database database(freshDatabasePath());
    store::AppointmentBook book(database);
    const qint64 id = book.create(kneeMri());
    ASSERT_TRUE(book.saveAnswer(id, QStringLiteral("ai_used"), {true, QString(), QString()}));
    EXPECT_EQ(answerRows(database), 1);
    ASSERT_TRUE(book.saveAnswer(id, QStringLiteral("ai_used"), {}));
    EXPECT_EQ(answerRows(database), 0);
    EXPECT_TRUE(book.answers(id).isEmpty());
}

TEST(Appointments, TakeTheirAnswersWithThemWhenDeleted)
{
    store::Database database(freshDatabasePath());
    store::AppointmentBook book(database);
    const qint64 gone = book.create(kneeMri());
    const qint64 kept = book.create(kneeMri());
    ASSERT_TRUE(book.saveAnswer(gone, QStringLiteral("ai_used"), {true, QStringLiteral("Yes"), QString()}));
    ASSERT_TRUE(book.saveAnswer(gone, QStringLiteral("cloud_where"), {true, QStringLiteral("Frankfurt"), QString()}));
    ASSERT_TRUE(book.saveAnswer(kept, QStringLiteral("ai_used"), {true, QStringLiteral("No"), QString()}));
    ASSERT_EQ(answerRows(database), 3);

    ASSERT_TRUE(book.remove(gone)) << book.error().toStdString();
    EXPECT_FALSE(book.appointment(gone).has_value());
    EXPECT_EQ(answerRows(database), 1) << "the deleted appointment's answers went with it";
    EXPECT_EQ(book.answers(kept).value("ai_used").answer, QStringLiteral("No"));

    // An answer for an appointment that no longer exists is refused, with a reason.
    EXPECT_FALSE(book.saveAnswer(gone, QStringLiteral("ai_used"), {true, QStringLiteral("Yes"), QString()}));
    EXPECT_FALSE(book.error().isEmpty());
}

TEST(Appointments, AreForgottenWithEverythingElseLeavingNoTraceInTheFiles)
{
    const QString path = freshDatabasePath();
    store::Database database(path);
    store::AppointmentBook book(database);
    const qint64 id = book.create(kneeMri());
    const QString note = QStringLiteral("my sister Ingeborg drives me");
    ASSERT_TRUE(book.saveAnswer(id, QStringLiteral("ai_used"), {true, QStringLiteral("Yes"), note}));
    ASSERT_TRUE(store::recordAnonymization(database, {QDateTime::currentDateTimeUtc(), "113100", 1, 0, 0, true, 0}, nullptr));
    ASSERT_TRUE(fileBytes(path + "-wal").contains(note.toUtf8())) << "the note is in the write-ahead log before the wipe";

    ASSERT_TRUE(database.wipe()) << database.error().toStdString();
    EXPECT_TRUE(book.appointments().isEmpty());
    EXPECT_EQ(answerRows(database), 0);
    EXPECT_TRUE(store::anonymizationHistory(database).isEmpty());
    EXPECT_FALSE(fileBytes(path).contains(note.toUtf8())) << "the database file still holds the note";
    EXPECT_FALSE(fileBytes(path + "-wal").contains(note.toUtf8())) << "the write-ahead log still holds the note";
    // Usable again after forgetting.
    EXPECT_NE(book.create(kneeMri()), 0);
}

TEST(Appointments, LiveInFilesOnlyTheirOwnerCanRead)
{
    const QString path = freshDatabasePath();
    store::Database database(path);
    store::AppointmentBook book(database);
    ASSERT_TRUE(book.saveAnswer(book.create(kneeMri()), QStringLiteral("ai_used"), {true, QStringLiteral("Yes"), QString()}));
    const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    // The write-ahead log holds the newest answers, so it must be as private as the database.
    for (const QString& file : {path, path + "-wal"}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        const QFileDevice::Permissions permissions = QFileInfo(file).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        EXPECT_EQ(permissions, ownerOnly) << file.toStdString();
    }
}

// A child process writes answers, starts one more write and is killed before it ends, as when
// the program crashes or the computer's owner kills it. What was saved must be there, whole.
TEST(Appointments, SurviveTheProgramBeingKilledInTheMiddleOfAWrite)
{
    const QString path = freshDatabasePath();
    constexpr int saved = 25;
    const pid_t child = fork();
    ASSERT_NE(child, -1);
    if (child == 0) {
        store::Database database(path);
        store::AppointmentBook book(database);
        const qint64 id = book.create(kneeMri());
        if (id == 0)
            _exit(1);
        for (int i = 0; i < saved; ++i)
            if (!book.saveAnswer(id, QStringLiteral("q%1").arg(i), {true, QStringLiteral("answer %1").arg(i), QStringLiteral("note")}))
                _exit(2);
        // The write in flight: begun, never committed.
        if (!database.execute("BEGIN") || !book.saveAnswer(id, QStringLiteral("in_flight"), {true, QStringLiteral("lost"), QString()}))
            _exit(3);
        raise(SIGKILL);
        _exit(4);
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the writer ended otherwise: status " << status;
    // Nothing was closed: the saved answers are only in the write-ahead log.
    EXPECT_GT(QFileInfo(path + "-wal").size(), 0);

    store::Database database(path);
    ASSERT_TRUE(database.isOpen()) << database.error().toStdString();
    EXPECT_EQ(firstValue(database, "PRAGMA integrity_check"), QStringLiteral("ok"));
    store::AppointmentBook book(database);
    const QList<store::Appointment> appointments = book.appointments();
    ASSERT_EQ(appointments.size(), 1);
    const QHash<QString, store::StoredAnswer> answers = book.answers(appointments.first().id);
    EXPECT_EQ(answers.size(), saved) << "every saved answer is there, the one in flight is not";
    EXPECT_EQ(answers.value("q24").answer, QStringLiteral("answer 24"));
    EXPECT_FALSE(answers.contains("in_flight"));
}
