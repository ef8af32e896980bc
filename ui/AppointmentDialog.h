#pragma once

#include "store/Appointments.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace scanshield::ui {

// The details of one appointment: a name the person recognises it by, the date when known,
// the place and the kind of scan. Used for a new appointment and to change one.
class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    explicit AppointmentDialog(const store::Appointment& appointment, QWidget* parent = nullptr);

    // The appointment given, with what the person entered.
    store::Appointment appointment() const;

    QLineEdit* titleEdit() const { return m_title; }
    QCheckBox* dateKnownBox() const { return m_dateKnown; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* placeEdit() const { return m_place; }
    QComboBox* scanKindBox() const { return m_scanKind; }

private:
    store::Appointment m_appointment;
    QLineEdit* m_title = nullptr;
    QCheckBox* m_dateKnown = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_place = nullptr;
    QComboBox* m_scanKind = nullptr;
};

} // namespace scanshield::ui
