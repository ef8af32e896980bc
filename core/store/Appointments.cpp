#include "store/Appointments.h"

#include "store/Database.h"

#include <sqlite3.h>

namespace scanshield::store {

namespace {

// One prepared statement, finalized when it goes out of scope. Text is bound as a copy.
class Statement {
public:
    Statement(Database& database, const char* sql)
    {
        if (database.isOpen())
            sqlite3_prepare_v2(database.handle(), sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, const QString& text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    // One step: true for a row (read it with the column functions), false when done or failed.
    bool nextRow() { return isValid() && sqlite3_step(m_statement) == SQLITE_ROW; }
    // Runs a statement that returns no rows.
    bool run() { return isValid() && sqlite3_step(m_statement) == SQLITE_DONE; }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

// Dates as ISO text ("2026-12-03"), NULL when not known.
void bindDate(Statement& statement, int index, const QDate& date)
{
    if (date.isValid())
        statement.bind(index, date.toString(Qt::ISODate));
    else
        statement.bindNull(index);
}

constexpr const char* kAppointmentColumns = "SELECT id, title, date, place, scan_kind, created_utc FROM appointments ";

Appointment appointmentFromRow(const Statement& row)
{
    Appointment appointment;
    appointment.id = row.integer(0);
    appointment.title = row.text(1);
    appointment.date = QDate::fromString(row.text(2), Qt::ISODate);
    appointment.place = row.text(3);
    appointment.scanKind = row.text(4);
    appointment.created = QDateTime::fromString(row.text(5), Qt::ISODate);
    return appointment;
}

} // namespace

bool AppointmentBook::fail() const
{
    m_error = m_database.isOpen() ? QString::fromUtf8(sqlite3_errmsg(m_database.handle())) : m_database.error();
    return false;
}

QList<Appointment> AppointmentBook::appointments() const
{
    QList<Appointment> list;
    Statement select(m_database, (QByteArray(kAppointmentColumns) + "ORDER BY id").constData());
    while (select.nextRow())
        list.append(appointmentFromRow(select));
    return list;
}

std::optional<Appointment> AppointmentBook::appointment(qint64 id) const
{
    Statement select(m_database, (QByteArray(kAppointmentColumns) + "WHERE id = ?").constData());
    select.bind(1, id);
    if (!select.nextRow())
        return std::nullopt;
    return appointmentFromRow(select);
}

qint64 AppointmentBook::create(const Appointment& appointment)
{
    Statement insert(m_database, "INSERT INTO appointments (title, date, place, scan_kind, created_utc) VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, appointment.title);
    bindDate(insert, 2, appointment.date);
    insert.bind(3, appointment.place);
    insert.bind(4, appointment.scanKind);
    insert.bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!insert.run()) {
        fail();
        return 0;
    }
    return sqlite3_last_insert_rowid(m_database.handle());
}

bool AppointmentBook::update(const Appointment& appointment)
{
    Statement change(m_database, "UPDATE appointments SET title = ?, date = ?, place = ?, scan_kind = ? WHERE id = ?");
    change.bind(1, appointment.title);
    bindDate(change, 2, appointment.date);
    change.bind(3, appointment.place);
    change.bind(4, appointment.scanKind);
    change.bind(5, appointment.id);
    return change.run() || fail();
}

bool AppointmentBook::remove(qint64 id)
{
    // The answers go with it (ON DELETE CASCADE; Database turns foreign keys on).
    Statement erase(m_database, "DELETE FROM appointments WHERE id = ?");
    erase.bind(1, id);
    return erase.run() || fail();
}

bool AppointmentBook::saveAnswer(qint64 appointmentId, const QString& questionId, const StoredAnswer& answer)
{
    if (answer.isBlank()) {
        Statement erase(m_database, "DELETE FROM answers WHERE appointment_id = ? AND question_id = ?");
        erase.bind(1, appointmentId);
        erase.bind(2, questionId);
        return erase.run() || fail();
    }
    // One statement, so one transaction of its own: it is on disk when this returns.
    Statement upsert(m_database,
                     "INSERT INTO answers (appointment_id, question_id, asked, answer, note) VALUES (?, ?, ?, ?, ?) "
                     "ON CONFLICT (appointment_id, question_id) DO UPDATE SET "
                     "asked = excluded.asked, answer = excluded.answer, note = excluded.note");
    upsert.bind(1, appointmentId);
    upsert.bind(2, questionId);
    upsert.bind(3, answer.asked ? 1 : 0);
    upsert.bind(4, answer.answer);
    upsert.bind(5, answer.note);
    return upsert.run() || fail();
}

QHash<QString, StoredAnswer> AppointmentBook::answers(qint64 appointmentId) const
{
    QHash<QString, StoredAnswer> byQuestion;
    Statement select(m_database, "SELECT question_id, asked, answer, note FROM answers WHERE appointment_id = ?");
    select.bind(1, appointmentId);
    while (select.nextRow())
        byQuestion.insert(select.text(0), StoredAnswer{select.integer(1) != 0, select.text(2), select.text(3)});
    return byQuestion;
}

} // namespace scanshield::store
