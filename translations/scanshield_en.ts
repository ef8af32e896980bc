<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AnonymizationPreview</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n byte(s) of data)</source>
        <translation>
            <numerusform>(%n byte of data)</numerusform><numerusform>(%n bytes of data)</numerusform></translation>
    </message>
</context>
<context>
    <name>BurnedInPass</name>
    <message numerus="yes">
        <source>%n picture(s) of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</source>
        <translation>
            <numerusform>%n picture of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</numerusform><numerusform>%n pictures of a kind that often has text in it (ultrasound, screen captures, photos) may show your details without ScanShield knowing.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded, so they were not checked for burned-in text.</source>
        <translation>
            <numerusform>%n picture could not be decoded, so they were not checked for burned-in text.</numerusform><numerusform>%n pictures could not be decoded, so they were not checked for burned-in text.</numerusform></translation>
    </message>
</context>
<context>
    <name>ExposureReport</name>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n file</numerusform><numerusform>in %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>FacePass</name>
    <message numerus="yes">
        <source>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</source>
        <translation>
            <numerusform>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</numerusform><numerusform>A picture of your face can be rebuilt from this scan: %n of nose, eyes, lips and chin found.</numerusform></translation>
    </message>
</context>
<context>
    <name>HeadVolumes</name>
    <message numerus="yes">
        <source>only %n picture(s): a scout view or single pictures, not a 3D scan</source>
        <translation>
            <numerusform>only %n picture: a scout view or single pictures, not a 3D scan</numerusform><numerusform>only %n pictures: a scout view or single pictures, not a 3D scan</numerusform></translation>
    </message>
</context>
<context>
    <name>SliceStack</name>
    <message numerus="yes">
        <source>this series has only %n picture(s)</source>
        <translation>
            <numerusform>this series has only %n picture</numerusform><numerusform>this series has only %n pictures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>only %n picture(s) of this series lie in one stack</source>
        <translation>
            <numerusform>only %n picture of this series lie in one stack</numerusform><numerusform>only %n pictures of this series lie in one stack</numerusform></translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message numerus="yes">
        <source>Your details are written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Your details are written into %n picture on your disc.</numerusform><numerusform>Your details are written into %n pictures on your disc.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Text is written into %n picture(s) on your disc.</source>
        <translation>
            <numerusform>Text is written into %n picture on your disc.</numerusform><numerusform>Text is written into %n pictures on your disc.</numerusform></translation>
    </message>
</context>
<context>
    <name>VolumeBuilder</name>
    <message numerus="yes">
        <source>%n picture(s) of a different size or direction than the rest of the series (such as a scout view) were left out.</source>
        <translation>
            <numerusform>%n picture of a different size or direction than the rest of the series (such as a scout view) were left out.</numerusform><numerusform>%n pictures of a different size or direction than the rest of the series (such as a scout view) were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) do not say where they lie and were left out.</source>
        <translation>
            <numerusform>%n picture do not say where they lie and were left out.</numerusform><numerusform>%n pictures do not say where they lie and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) lie where another picture of the series already lies (such as a second echo or time point) and were left out.</source>
        <translation>
            <numerusform>%n picture lie where another picture of the series already lies (such as a second echo or time point) and were left out.</numerusform><numerusform>%n pictures lie where another picture of the series already lies (such as a second echo or time point) and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture file(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n picture file could not be read and were left out.</numerusform><numerusform>%n picture files could not be read and were left out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) could not be decoded (%1); their slices of the volume are left empty.</source>
        <translation>
            <numerusform>%n picture could not be decoded (%1); their slices of the volume are left empty.</numerusform><numerusform>%n pictures could not be decoded (%1); their slices of the volume are left empty.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) were too large for the volume and were capped.</source>
        <translation>
            <numerusform>%n value were too large for the volume and were capped.</numerusform><numerusform>%n values were too large for the volume and were capped.</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ConsentReaderDialog</name>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform><numerusform>%1, %n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1. ScanShield marked %n place(s) in the form. Choose one in the list to see why it matters and what to ask.</source>
        <translation>
            <numerusform>%1. ScanShield marked %n place in the form. Choose one in the list to see why it matters and what to ask.</numerusform><numerusform>%1. ScanShield marked %n places in the form. Choose one in the list to see why it matters and what to ask.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n place(s)</source>
        <translation>
            <numerusform>%1 — %n place</numerusform><numerusform>%1 — %n places</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::DiscTreeModel</name>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform><numerusform>%n pictures</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::ExposurePage</name>
    <message numerus="yes">
        <source>in %n file(s)</source>
        <translation>
            <numerusform>in %n file</numerusform><numerusform>in %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n item(s)</source>
        <translation>
            <numerusform>%1
%2 · %n item</numerusform><numerusform>%1
%2 · %n items</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> and %n reference number(s)</source>
        <translation>
            <numerusform> and %n reference number</numerusform><numerusform> and %n reference numbers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n different number(s)</source>
        <translation>
            <numerusform>%n different number</numerusform><numerusform>%n different numbers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Found in %n file(s), for example:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Found in %n file, for example:&lt;/p&gt;</numerusform><numerusform>&lt;p&gt;Found in %n files, for example:&lt;/p&gt;</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform><numerusform>%1 and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::MainWindow</name>
    <message numerus="yes">
        <source>Finished reading %n file(s).</source>
        <translation>
            <numerusform>Finished reading %n file.</numerusform><numerusform>Finished reading %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit(s),</source>
        <translation>
            <numerusform>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visit,</numerusform><numerusform>This disc holds the scans of &lt;b&gt;%1&lt;/b&gt;: %n visits,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series,</source>
        <translation>
            <numerusform>%n series,</numerusform><numerusform>%n series,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s).</source>
        <translation>
            <numerusform>%n picture.</numerusform><numerusform>%n pictures.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Also on the disc: %n other file(s), listed below.</source>
        <translation>
            <numerusform>Also on the disc: %n other file, listed below.</numerusform><numerusform>Also on the disc: %n other files, listed below.</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::PdfPreviewPane</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyChoosePage</name>
    <message numerus="yes">
        <source>%1 (%n picture(s))</source>
        <translation>
            <numerusform>%1 (%n picture)</numerusform><numerusform>%1 (%n pictures)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n document(s))</source>
        <translation>
            <numerusform>%1 (%n document)</numerusform><numerusform>%1 (%n documents)</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyOptionsPage</name>
    <message numerus="yes">
        <source>ScanShield found text in %n picture(s) of this disc.</source>
        <translation>
            <numerusform>ScanShield found text in %n picture of this disc.</numerusform><numerusform>ScanShield found text in %n pictures of this disc.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>ScanShield found your face in %n scan(s) of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</source>
        <translation>
            <numerusform>ScanShield found your face in %n scan of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</numerusform><numerusform>ScanShield found your face in %n scans of this disc. The front of the head, below the brain, is cut away; the brain is not touched. Leave this off if whoever receives the copy needs to see the face, the sinuses or the eyes.</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::SafeCopyResultPage</name>
    <message numerus="yes">
        <source>%n picture file(s) copied to %1.</source>
        <translation>
            <numerusform>%n picture file copied to %1.</numerusform><numerusform>%n picture files copied to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Text written into %n picture(s) was blacked out.</source>
        <translation>
            <numerusform>Text written into %n picture was blacked out.</numerusform><numerusform>Text written into %n pictures was blacked out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not pictures copied as they were, into the folder OTHER.</source>
        <translation>
            <numerusform>%n file that are not pictures copied as they were, into the folder OTHER.</numerusform><numerusform>%n files that are not pictures copied as they were, into the folder OTHER.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be copied; they are listed below.</source>
        <translation>
            <numerusform>%n file could not be copied; they are listed below.</numerusform><numerusform>%n files could not be copied; they are listed below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Your face was cut away from the 3D scans of your head (%n picture(s)).</source>
        <translation>
            <numerusform>Your face was cut away from the 3D scans of your head (%n picture).</numerusform><numerusform>Your face was cut away from the 3D scans of your head (%n pictures).</numerusform></translation>
    </message>
</context>
<context>
    <name>scanshield::ui::TextInPictureDialog</name>
    <message numerus="yes">
        <source>%n piece(s) of text</source>
        <translation>
            <numerusform>%n piece of text</numerusform><numerusform>%n pieces of text</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n other piece(s) of text</source>
        <translation>
            <numerusform>%n other piece of text</numerusform><numerusform>%n other pieces of text</numerusform></translation>
    </message>
</context>
</TS>