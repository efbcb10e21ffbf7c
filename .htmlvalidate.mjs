// html-validate's settings for the share pages (tests/e2e/share_files.test.mjs): the recommended
// rules, minus those that contradict a deliberate choice. (A .mjs rather than .htmlvalidate.json:
// JSON has no comments for the reasons.)
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Trunk's minifier (minify = "on_release") writes `<!doctype html>`, valid HTML in any case.
    'doctype-style': 'off',
    // The minifier drops the quotes HTML allows it to drop (`lang=en`, `data-fig=1.1.1`).
    'attr-quotes': 'off',
    // The minifier drops the end tags HTML allows it to drop (`</li>`, `</p>`).
    'no-implicit-close': 'off',
    // The two below fire only inside index.html's inert boot <template>s (a main and an empty h1
    // per language, filled by the boot script), which are not part of the document; the test
    // checks each page once more with the templates removed and these rules on.
    'no-multiple-main': 'off',
    'empty-heading': 'off',
    // Wants a name on every landmark of a repeated kind: the page names its figure <nav> but not
    // the site header's (as the app does; axe-core's landmark-unique, run by a11y.test.mjs,
    // accepts one unnamed and one named nav). Also fires inside the boot templates.
    'unique-landmark': 'off',
    // The issue asks for the figure number and full title in <title> (then the site name): up to
    // about 100 characters; a result page that truncates it still shows number and title first.
    'long-title': 'off',
  },
};
