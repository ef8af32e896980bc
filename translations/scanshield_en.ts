<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>%n other file(s) are listed below.</source>
        <translation>
            <numerusform>%n other file are listed below.</numerusform><numerusform>%n other files are listed below.</numerusform></translation>
    </message>
</context>
</TS>