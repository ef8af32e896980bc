#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace scanshield::store {

class Database;

// An appointment the person prepares questions for. The person's own notes, kept only on this
// computer and deleted by "Forget everything" (Database::wipe()).
struct Appointment {
    qint64 id = 0;      // 0 until stored
    QString title;      // "Dr Weber, knee MRI"
    QDate date;         // null when not known yet
    QString place;
    QString scanKind;   // "MRI", "CT scan"... as the person wrote it
    QDateTime created;  // UTC
};

// What the person noted for one question at one appointment. The checklist's NotedAnswer
// says the same; core does not know the checklist, so the window converts.
struct StoredAnswer {
    bool asked = false;
    QString answer;
    QString note;

    bool isBlank() const { return !asked && answer.isEmpty() && note.isEmpty(); }
    friend bool operator==(const StoredAnswer&, const StoredAnswer&) = default;
};

// The appointments and their answers in the database. Every change is its own transaction,
// committed before the call returns, so a crash of the program loses at most the edit it
// was making. Failures return false (or 0, or nothing) with error() saying why.
class AppointmentBook {
public:
    explicit AppointmentBook(Database& database) : m_database(database) {}

    // Oldest first.
    QList<Appointment> appointments() const;
    std::optional<Appointment> appointment(qint64 id) const;

    // Stores a new appointment (its id and created time are set here); returns its id, or 0.
    qint64 create(const Appointment& appointment);
    // Changes the title, date, place and kind of scan of a stored appointment.
    bool update(const Appointment& appointment);
    // Deletes the appointment and every answer noted for it.
    bool remove(qint64 id);

    // Stores one answer (a blank one is deleted: nothing is kept that says nothing).
    bool saveAnswer(qint64 appointmentId, const QString& questionId, const StoredAnswer& answer);
    // Every answer noted for an appointment, by question id.
    QHash<QString, StoredAnswer> answers(qint64 appointmentId) const;

    QString error() const { return m_error; }

private:
    bool fail() const;

    Database& m_database;
    mutable QString m_error;
};

} // namespace scanshield::store
