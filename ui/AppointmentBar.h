#pragma once

#include "store/Appointments.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace scanshield::ui {

// Which appointment the answers belong to: a list to choose from, and buttons to add one,
// change its details, or delete it with its answers. There is always at least one: a first
// one, "My next appointment", is made when there is none, so a person can start at once.
class AppointmentBar : public QWidget {
    Q_OBJECT
public:
    explicit AppointmentBar(store::AppointmentBook& book, QWidget* parent = nullptr);

    // The appointment chosen (id 0 when the database cannot store one).
    store::Appointment current() const;
    void choose(qint64 appointmentId);

    QComboBox* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* detailsButton() const { return m_details; }
    QPushButton* deleteButton() const { return m_delete; }

    // "Dr Weber, knee MRI, MRI, St Anne's Hospital, Thursday 3 December 2026": every detail
    // given, for the printed sheet.
    static QString describe(const store::Appointment& appointment);

signals:
    // Another appointment is chosen (also after the chosen one was deleted).
    void currentChanged(qint64 appointmentId);
    // Its answers are about to be deleted: nothing more should be saved for it.
    void aboutToDelete(qint64 appointmentId);
    // The book could not do what was asked; `message` says why, for a person.
    void failed(const QString& message);

private:
    void reload(qint64 select);
    void addAppointment();
    void editDetails();
    void deleteCurrent();
    qint64 ensureOne();

    store::AppointmentBook& m_book;
    QList<store::Appointment> m_appointments;
    QComboBox* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace scanshield::ui
