#pragma once

#include "checklist/QuestionBank.h"
#include "exposure/Finding.h"

#include <QList>
#include <QString>

namespace scanshield::checklist {

// What an exposure report found that makes some questions more pressing for this person.
struct DiscConcerns {
    bool face = false;           // a head CT or MRI from which a face can be rebuilt
    QString faceScan;            // "MRI", "CT" or "scan", for "Your MRI shows your face"
    int picturesWithText = 0;    // pictures with text written into their pixels
    bool textNamesPatient = false; // ... and that text names the patient
    bool privateData = false;    // vendor data that holds the patient's details

    bool any() const { return face || picturesWithText > 0 || privateData; }
};

DiscConcerns concernsOf(const exposure::ExposureReport& report);

// A question with, when the disc made it pressing, the reason in the person's terms.
struct AskedQuestion {
    Question question;
    QString becauseOfYourDisc; // "Your MRI shows your face." or empty
};

struct AskedArea {
    QString id;
    QString title;
    QString why;
    QList<AskedQuestion> questions;
};

// The bank in the order to ask it. Without concerns, the bank's own order. With concerns, a
// first area "Because of what is on your disc" holds the questions they make pressing, the
// face first (defacing is the one thing only the hospital can do before sharing), each with
// its reason; those questions are not repeated in their own area.
QList<AskedArea> tailoredAreas(const QuestionBank& bank, const DiscConcerns& concerns);

} // namespace scanshield::checklist
