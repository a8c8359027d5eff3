// check.js: what the consumers of clauselint's JSON reports rely on,
// checked with Node's own JSON parser (no dependencies). Run by
// validate.sh:
//
//   node check.js json REPORT.json [quiet|empty]
//   node check.js codequality REPORT.json JSON_REPORT.json
//   node check.js sarif REPORT.sarif JSON_REPORT.json RULES.json
//   node check.js multitool MULTITOOL_OUTPUT.sarif
//
// Each prints one line when all is well and exits 0; otherwise it prints
// every problem and exits 1. The JSON report is the reference the other
// formats are compared with: same findings, same fingerprints.
'use strict';

const fs = require('fs');

const problems = [];

function fail(where, what) {
  problems.push(`${where}: ${what}`);
}

// Parses a file as strict JSON; invalid UTF-8 is an error too (JSON.parse
// alone would read it as U+FFFD without a word).
function load(file) {
  const bytes = fs.readFileSync(file);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    console.error(`${file}: not valid UTF-8`);
    process.exit(1);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    console.error(`${file}: not JSON: ${e.message}`);
    process.exit(1);
  }
}

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isCount(v) {
  return Number.isInteger(v) && v >= 0;
}

function isPositive(v) {
  return Number.isInteger(v) && v >= 1;
}

function expectKeys(where, obj, keys) {
  const got = Object.keys(obj);
  if (got.join(',') !== keys.join(',')) {
    fail(where, `keys ${JSON.stringify(got)}, expected ${JSON.stringify(keys)}`);
  }
}

const FINGERPRINT = /^[0-9a-f]{16}$/;
const SEVERITIES = ['error', 'warning', 'note'];

function checkJson(file, quiet) {
  const r = load(file);
  if (!isObject(r)) {
    fail(file, 'not an object');
    return r;
  }
  if (r.version !== 1) fail(file, `version ${JSON.stringify(r.version)}, expected 1`);
  if (!isObject(r.tool) || r.tool.name !== 'clauselint' || typeof r.tool.version !== 'string') {
    fail(file, 'tool is not {"name": "clauselint", "version": STRING}');
  }
  if (!Array.isArray(r.findings)) {
    fail(file, 'findings is not an array');
    return r;
  }
  const counts = { error: 0, warning: 0, note: 0 };
  const seen = new Set();
  r.findings.forEach((f, i) => {
    const where = `${file}: findings[${i}]`;
    if (!isObject(f)) {
      fail(where, 'not an object');
      return;
    }
    expectKeys(where, f, ['rule', 'severity', 'path', 'line', 'column', 'message', 'clause', 'framework',
      'fingerprint']);
    if (typeof f.rule !== 'string' || !/^[a-z]+(-[a-z0-9]+)*$/.test(f.rule)) fail(where, 'rule');
    if (!SEVERITIES.includes(f.severity)) fail(where, `severity ${f.severity}`);
    else counts[f.severity]++;
    if (f.path !== null && (typeof f.path !== 'string' || f.path === '')) fail(where, 'path');
    if (!isPositive(f.line) || !isPositive(f.column)) fail(where, 'line or column');
    if (typeof f.message !== 'string' || f.message === '') fail(where, 'message');
    if (f.clause !== null && typeof f.clause !== 'string') fail(where, 'clause');
    if (typeof f.framework !== 'string') fail(where, 'framework');
    if (typeof f.fingerprint !== 'string' || !FINGERPRINT.test(f.fingerprint)) {
      fail(where, `fingerprint ${JSON.stringify(f.fingerprint)}`);
    } else if (seen.has(f.fingerprint)) {
      fail(where, `fingerprint ${f.fingerprint} twice in one report`);
    }
    seen.add(f.fingerprint);
    if (quiet && f.severity !== 'error') fail(where, 'not an error under --quiet');
  });
  const s = r.summary;
  if (!isObject(s) || !isCount(s.documents) || !isCount(s.errors) || !isCount(s.warnings) ||
      !isCount(s.notes)) {
    fail(file, 'summary is not {"documents", "errors", "warnings", "notes"} of counts');
  } else if (s.errors !== counts.error ||
             (!quiet && (s.warnings !== counts.warning || s.notes !== counts.note))) {
    fail(file, `summary ${JSON.stringify(s)} disagrees with the findings ${JSON.stringify(counts)}`);
  }
  if (isObject(s) && 'baseline' in s && !isCount(s.baseline)) fail(file, 'summary.baseline');
  return r;
}

// The file a finding is attached to where a file is required.
function fileOf(f) {
  return f.path === null ? '.clauselint.yml' : f.path;
}

// What the report holds for a path: the JSON report replaces invalid
// UTF-8 by U+FFFD, the SARIF uri keeps the bytes; compare on that ground.
function asText(bytes) {
  return new TextDecoder('utf-8').decode(bytes);
}

function checkCodeQuality(file, jsonFile) {
  const issues = load(file);
  const report = checkJson(jsonFile, /\.quiet\./.test(jsonFile));
  const severity = { error: 'major', warning: 'minor', note: 'info' };
  if (!Array.isArray(issues)) {
    fail(file, 'not an array');
    return;
  }
  if (issues.length !== report.findings.length) {
    fail(file, `${issues.length} issues for ${report.findings.length} findings`);
  }
  const seen = new Set();
  issues.forEach((issue, i) => {
    const where = `${file}[${i}]`;
    const f = report.findings[i] || {};
    if (!isObject(issue)) {
      fail(where, 'not an object');
      return;
    }
    expectKeys(where, issue, ['description', 'check_name', 'fingerprint', 'severity', 'location']);
    if (typeof issue.description !== 'string' || issue.description !== `[${f.rule}] ${f.message}`) {
      fail(where, 'description is not "[rule] message"');
    }
    if (issue.check_name !== f.rule) fail(where, `check_name ${issue.check_name}, finding ${f.rule}`);
    if (typeof issue.fingerprint !== 'string' || issue.fingerprint === '') fail(where, 'fingerprint');
    if (seen.has(issue.fingerprint)) fail(where, 'fingerprint not unique: GitLab would merge the issues');
    seen.add(issue.fingerprint);
    if (issue.fingerprint !== f.fingerprint) fail(where, 'fingerprint is not the json report\'s');
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity)) {
      fail(where, `severity ${issue.severity}`);
    } else if (issue.severity !== severity[f.severity]) {
      fail(where, `severity ${issue.severity} for ${f.severity}`);
    }
    const loc = issue.location;
    if (!isObject(loc) || typeof loc.path !== 'string' || loc.path === '' || !isObject(loc.lines) ||
        !isPositive(loc.lines.begin)) {
      fail(where, 'location is not {"path": STRING, "lines": {"begin": LINE}}');
    } else {
      if (loc.path !== fileOf(f)) fail(where, `location.path ${loc.path}, finding ${fileOf(f)}`);
      if (loc.lines.begin !== f.line) fail(where, 'location.lines.begin is not the finding\'s line');
    }
  });
  console.log(`codequality: ${file}: ${issues.length} issues, fields, types, unique fingerprints: ok`);
}

// What SARIF consumers need beyond the schema (which the multitool
// checks): every rule described, results that point at their rule, the
// json report's findings, levels, files and fingerprints.
// Every "level" anywhere must be one SARIF knows: the multitool skips a
// log it cannot deserialize without a word, so enums are checked here.
function checkLevels(where, v) {
  if (Array.isArray(v)) {
    v.forEach((x, i) => checkLevels(`${where}[${i}]`, x));
  } else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) {
      if (k === 'level' && !['none', 'note', 'warning', 'error'].includes(x)) fail(where, `level ${x}`);
      checkLevels(`${where}.${k}`, x);
    }
  }
}

function checkSarif(file, jsonFile, rulesFile) {
  const log = load(file);
  checkLevels(file, log);
  const report = checkJson(jsonFile, false);
  const rules = load(rulesFile);
  const level = { error: 'error', warning: 'warning', note: 'note' };
  if (log.version !== '2.1.0' || log.$schema !== 'https://json.schemastore.org/sarif-2.1.0.json') {
    fail(file, 'version or $schema');
  }
  if (!Array.isArray(log.runs) || log.runs.length !== 1) {
    fail(file, 'not one run');
    return;
  }
  const run = log.runs[0];
  const driver = run.tool && run.tool.driver;
  if (!driver || driver.name !== 'clauselint' || !driver.informationUri || !driver.version) {
    fail(file, 'tool.driver name, version, informationUri');
    return;
  }
  const ids = (driver.rules || []).map(r => r.id);
  if (ids.join(',') !== rules.map(r => r.name).join(',')) {
    fail(file, 'driver.rules are not every rule of `clauselint rules`, in order');
  }
  (driver.rules || []).forEach((r, i) => {
    const where = `${file}: rules[${i}] ${r.id}`;
    for (const key of ['shortDescription', 'fullDescription', 'help']) {
      if (!isObject(r[key]) || typeof r[key].text !== 'string' || r[key].text === '') fail(where, key);
    }
    const want = rules[i] && rules[i].severity;
    if (!r.defaultConfiguration || r.defaultConfiguration.level !== level[want]) {
      fail(where, `defaultConfiguration.level for ${want}`);
    }
    if (!r.name || r.name === r.id) fail(where, 'name missing or the same as the id');
    const tags = r.properties && r.properties.tags;
    if (!Array.isArray(tags) || tags.length < 2) fail(where, 'properties.tags');
    if (rules[i] && rules[i].clause && !tags.some(t => t.endsWith(rules[i].clause.split(/[ ,]/)[0]))) {
      fail(where, `no tag for clause ${rules[i].clause}`);
    }
  });
  const base = run.originalUriBaseIds && run.originalUriBaseIds['%SRCROOT%'];
  if (!isObject(base)) fail(file, 'originalUriBaseIds has no %SRCROOT%');
  else if ('uri' in base && !/^file:\/\/\/.*\/$/.test(base.uri)) fail(file, `%SRCROOT% uri ${base.uri}`);
  const results = run.results || [];
  if (results.length !== report.findings.length) {
    fail(file, `${results.length} results for ${report.findings.length} findings`);
  }
  results.forEach((res, i) => {
    const where = `${file}: results[${i}]`;
    const f = report.findings[i] || {};
    if (res.ruleId !== f.rule) fail(where, `ruleId ${res.ruleId}, finding ${f.rule}`);
    if (ids[res.ruleIndex] !== res.ruleId) fail(where, 'ruleIndex does not point at ruleId');
    if (res.level !== level[f.severity]) fail(where, `level ${res.level} for ${f.severity}`);
    if (!res.message || res.message.text !== f.message) fail(where, 'message.text is not the message');
    const pfp = res.partialFingerprints && res.partialFingerprints['clauselint/v1'];
    if (pfp !== f.fingerprint) fail(where, 'partialFingerprints is not the fingerprint');
    const loc = res.locations && res.locations[0] && res.locations[0].physicalLocation;
    if (!loc || !loc.artifactLocation || loc.artifactLocation.uriBaseId !== '%SRCROOT%' || !loc.region) {
      fail(where, 'no physical location under %SRCROOT%');
      return;
    }
    const uri = loc.artifactLocation.uri;
    if (!/^[A-Za-z0-9\-._~/%]+$/.test(uri) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) || uri.startsWith('/')) {
      fail(where, `uri ${uri} is not a relative reference of unreserved characters`);
    }
    let path;
    try {
      path = asText(Buffer.from(uri.replace(/%([0-9A-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16))),
        'latin1'));
    } catch (e) {
      fail(where, `uri ${uri} does not decode`);
    }
    if (path !== fileOf(f)) fail(where, `uri ${uri} decodes to ${path}, finding ${fileOf(f)}`);
    if (loc.region.startLine !== f.line || loc.region.startColumn !== f.column) fail(where, 'region');
  });
  console.log(`sarif: ${file}: ${ids.length} rules, ${results.length} results agree with the json report: ok`);
}

// The multitool writes its own findings about the log as a SARIF log;
// level "warning" is the default when it is absent.
function checkMultitool(file) {
  const out = load(file);
  let bad = 0;
  let notes = 0;
  for (const run of out.runs || []) {
    for (const res of run.results || []) {
      const lvl = res.level || 'warning';
      const loc = res.locations && res.locations[0] && res.locations[0].physicalLocation;
      const at = loc ? `${loc.artifactLocation.uri}:${loc.region ? loc.region.startLine : '?'}` : '?';
      const text = res.message.text || JSON.stringify(res.message.arguments || res.message.id);
      if (lvl === 'error' || lvl === 'warning') {
        fail(at, `${lvl} ${res.ruleId}: ${text}`);
        bad++;
      } else if (lvl === 'note') {
        console.log(`multitool note ${res.ruleId} at ${at}: ${text}`);
        notes++;
      }
    }
  }
  if (!bad) console.log(`multitool: no errors, no warnings, ${notes} notes`);
}

const [cmd, ...args] = process.argv.slice(2);
if (cmd === 'json') {
  const r = checkJson(args[0], args[1] === 'quiet');
  if (args[1] === 'empty' && r.findings.length) {
    fail(args[0], `${r.findings.length} findings, expected none (all are in the baseline)`);
  }
  if (!problems.length) console.log(`json: ${args[0]}: ${r.findings.length} findings, fields and types: ok`);
} else if (cmd === 'codequality') {
  checkCodeQuality(args[0], args[1]);
} else if (cmd === 'sarif') {
  checkSarif(args[0], args[1], args[2]);
} else if (cmd === 'multitool') {
  checkMultitool(args[0]);
} else {
  console.error('usage: node check.js json|codequality|sarif|multitool FILE...');
  process.exit(2);
}
if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
