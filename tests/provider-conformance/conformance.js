// Conformance of pulumi-resource-zendesk with Pulumi's own generated Node.js client
// (@pulumi/pulumi/proto/provider_grpc_pb.js): the plugin is started as the engine starts it and driven
// through Configure, Check, Diff, Create (preview and real), Read, Update, Delete and Read-after-delete,
// with unknowns and secrets, and the functions, against a Zendesk emulator.
//
// node conformance.js --plugin <path to pulumi-resource-zendesk> --url <emulator url> --oauth-token <token>
'use strict';
const { spawn } = require('node:child_process');
const assert = require('node:assert/strict');
const grpc = require('@grpc/grpc-js');
const services = require('@pulumi/pulumi/proto/provider_grpc_pb.js');
const provider = require('@pulumi/pulumi/proto/provider_pb.js');
const plugin = require('@pulumi/pulumi/proto/plugin_pb.js');
const { Struct } = require('google-protobuf/google/protobuf/struct_pb.js');
const { Empty } = require('google-protobuf/google/protobuf/empty_pb.js');

const SIG = '4dabf18193072939515e22adb298388d';
const SECRET = '1b47061264138c4ac30d75fd1eb44270';
const UNKNOWN = '04da6b54-80e4-46f7-96ec-b56ff0331ba9';
const secret = (value) => ({ [SIG]: SECRET, value });
const isSecret = (value) => value !== null && typeof value === 'object' && value[SIG] === SECRET;

function options() {
  const args = process.argv.slice(2);
  const read = (name) => {
    const index = args.indexOf(name);
    if (index < 0 || index + 1 >= args.length) {
      throw new Error(`missing ${name}: node conformance.js --plugin <path> --url <emulator url> --oauth-token <token>`);
    }
    return args[index + 1];
  };
  return { plugin: read('--plugin'), url: read('--url'), token: read('--oauth-token') };
}

function start(executable) {
  return new Promise((resolve, reject) => {
    const child = spawn(executable, ['127.0.0.1:1'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0 && !child.port) {
        child.port = stdout.slice(0, newline);
        child.later = () => stdout.slice(newline + 1);
        resolve(child);
      }
    });
  });
}

const call = (client, method, request) => new Promise((resolve, reject) =>
  client[method](request, (error, response) => (error ? reject(error) : resolve(response))));

const struct = (object) => Struct.fromJavaScript(object);
const plain = (message) => (message ? message.toJavaScript() : {});

async function main() {
  const { plugin: executable, url, token } = options();
  const child = await start(executable);
  let checks = 0;
  const check = (name, fn) => { fn(); checks += 1; console.log(`ok ${checks} ${name}`); };
  try {
    check('the port alone on the first stdout line', () => assert.match(child.port, /^[0-9]{1,5}$/));
    const client = new services.ResourceProviderClient(`127.0.0.1:${child.port}`, grpc.credentials.createInsecure());

    const info = await call(client, 'getPluginInfo', new Empty());
    check('GetPluginInfo answers a version', () => assert.match(info.getVersion(), /^[0-9]+\.[0-9]+\.[0-9]+/));

    const handshake = await call(client, 'handshake', new provider.ProviderHandshakeRequest().setEngineAddress('127.0.0.1:1').setConfigureWithUrn(true));
    check('Handshake accepts secrets and resources', () => assert.ok(handshake.getAcceptSecrets() && handshake.getAcceptResources()));

    const schema = JSON.parse((await call(client, 'getSchema', new provider.GetSchemaRequest())).getSchema());
    check('GetSchema names the zendesk package with its resources and functions', () => {
      assert.equal(schema.name, 'zendesk');
      assert.ok(schema.resources['zendesk:index:Webhook'] && schema.resources['zendesk:index:Trigger']);
      assert.ok(schema.functions['zendesk:index:getBrand']);
      assert.equal(schema.config.variables.oauthToken.secret, true);
    });

    const configured = await call(client, 'configure', new provider.ConfigureRequest()
      .setArgs(struct({ url, oauthToken: secret(token), version: info.getVersion() })).setAcceptsecrets(true).setAcceptresources(true));
    check('Configure supports preview and secrets', () => assert.ok(configured.getSupportspreview() && configured.getAcceptsecrets()));

    const urn = 'urn:pulumi:dev::conformance::zendesk:index:Webhook::stella';
    const type = 'zendesk:index:Webhook';
    const inputs = (name, key, extra = {}) => ({
      name, endpoint: 'https://api.stellaconnect.net/v1/auth',
      authentication: { type: 'basic_auth', username: 'connect', password: secret(key) }, ...extra,
    });
    const checkInputs = async (news) => {
      const response = await call(client, 'check', new provider.CheckRequest().setUrn(urn).setType(type).setNews(struct(news)));
      assert.deepEqual(response.getFailuresList().map((f) => f.getProperty()), []);
      return response.getInputs();
    };

    const previewInputs = plain(await checkInputs(inputs('Stella Connect', 'key-1', { endpoint: UNKNOWN })));
    check('Check accepts an unknown and wraps the credentials', () => {
      assert.equal(previewInputs.endpoint, UNKNOWN);
      assert.ok(isSecret(previewInputs.authentication));
    });

    const bad = await call(client, 'check', new provider.CheckRequest().setUrn(urn).setType(type).setNews(struct(inputs('Stella', 'k', { endpoint: 'http://plain' }))));
    check('Check names a bad input', () => assert.deepEqual(bad.getFailuresList().map((f) => f.getProperty()), ['endpoint']));

    const news = await checkInputs(inputs('Stella Connect', 'key-1'));
    const preview = await call(client, 'create', new provider.CreateRequest().setUrn(urn).setType(type).setProperties(news).setPreview(true));
    check('Create in preview has no id and keeps the credentials wrapped', () => {
      assert.equal(preview.getId(), '');
      assert.ok(isSecret(plain(preview.getProperties()).authentication));
    });

    const created = await call(client, 'create', new provider.CreateRequest().setUrn(urn).setType(type).setProperties(news));
    const outputs = plain(created.getProperties());
    check('Create returns the id and nothing secret in the clear', () => {
      assert.notEqual(created.getId(), '');
      assert.equal(outputs.id, undefined);
      assert.ok(!JSON.stringify(outputs).includes('key-1'));
      assert.ok(isSecret(outputs.authentication));
    });

    const read = await call(client, 'read', new provider.ReadRequest().setId(created.getId()).setUrn(urn).setType(type).setProperties(created.getProperties()).setInputs(news));
    check('Read finds it with its inputs', () => {
      assert.equal(read.getId(), created.getId());
      assert.equal(plain(read.getInputs()).name, 'Stella Connect');
    });

    const diff = async (next) => call(client, 'diff', new provider.DiffRequest().setId(created.getId()).setUrn(urn).setType(type)
      .setOlds(created.getProperties()).setOldInputs(news).setNews(next));
    const same = await diff(news);
    check('Diff of the same inputs is DIFF_NONE', () => assert.equal(same.getChanges(), provider.DiffResponse.DiffChanges.DIFF_NONE));
    const renamed = await diff(await checkInputs(inputs('Stella Connect (test)', 'key-1')));
    check('Diff of a new name is an update with a detailed diff', () => {
      assert.equal(renamed.getChanges(), provider.DiffResponse.DiffChanges.DIFF_SOME);
      assert.ok(renamed.getHasdetaileddiff());
      assert.deepEqual(renamed.getDiffsList(), ['name']);
      assert.equal(renamed.getDetaileddiffMap().get('name').getKind(), provider.PropertyDiff.Kind.UPDATE);
      assert.deepEqual(renamed.getReplacesList(), []);
    });
    const resubscribed = await diff(await checkInputs(inputs('Stella Connect', 'key-1', { subscriptions: ['zen:event-type:ticket.created'] })));
    check('Diff of the subscriptions is a replace', () => {
      assert.deepEqual(resubscribed.getReplacesList(), ['subscriptions']);
      assert.equal(resubscribed.getDetaileddiffMap().get('subscriptions').getKind(), provider.PropertyDiff.Kind.UPDATE_REPLACE);
    });
    const rekeyed = await diff(await checkInputs(inputs('Stella Connect', 'key-2')));
    check('Diff of a new secret key is seen through its fingerprint', () => assert.deepEqual(rekeyed.getDiffsList(), ['authentication']));
    const unknown = await diff(await checkInputs(inputs(UNKNOWN, 'key-1')));
    check('Diff of an unknown is a change', () => assert.equal(unknown.getChanges(), provider.DiffResponse.DiffChanges.DIFF_SOME));

    const next = await checkInputs(inputs('Stella Connect (test)', 'key-1'));
    const update = (previewOnly) => call(client, 'update', new provider.UpdateRequest().setId(created.getId()).setUrn(urn).setType(type)
      .setOlds(created.getProperties()).setOldInputs(news).setNews(next).setPreview(previewOnly));
    await update(true);
    const afterPreview = await call(client, 'read', new provider.ReadRequest().setId(created.getId()).setUrn(urn).setType(type).setInputs(news));
    check('Update in preview writes nothing', () => assert.equal(plain(afterPreview.getInputs()).name, 'Stella Connect'));
    const updated = await update(false);
    const afterUpdate = await call(client, 'read', new provider.ReadRequest().setId(created.getId()).setUrn(urn).setType(type).setInputs(next));
    check('Update writes the new name', () => assert.equal(plain(afterUpdate.getInputs()).name, 'Stella Connect (test)'));

    await call(client, 'delete', new provider.DeleteRequest().setId(created.getId()).setUrn(urn).setType(type).setProperties(updated.getProperties()).setOldInputs(next));
    const gone = await call(client, 'read', new provider.ReadRequest().setId(created.getId()).setUrn(urn).setType(type).setProperties(updated.getProperties()));
    check('Read after Delete answers an empty id', () => assert.equal(gone.getId(), ''));

    const invoke = (tok, args) => call(client, 'invoke', new provider.InvokeRequest().setTok(tok).setArgs(struct(args)));
    const brand = plain((await invoke('zendesk:index:getBrand', { name: 'Emulator' })).getReturn());
    check('Invoke getBrand finds the brand by name', () => assert.equal(brand.name, 'Emulator'));
    const csat = plain((await invoke('zendesk:index:getDefaultCsatAutomation', {})).getReturn());
    check('Invoke getDefaultCsatAutomation finds the automation', () => assert.match(csat.id, /^[0-9]+$/));
    const targets = plain((await invoke('zendesk:index:getLegacyTargets', { endpoint: 'https://api.stellaconnect.net/v1/auth' })).getReturn());
    check('Invoke getLegacyTargets answers a list', () => assert.ok(Array.isArray(targets.targets)));

    const construct = await call(client, 'construct', new provider.ConstructRequest()).then(() => 'OK', (error) => error.code);
    check('Construct answers UNIMPLEMENTED', () => assert.equal(construct, grpc.status.UNIMPLEMENTED));

    await call(client, 'attach', new plugin.PluginAttach().setAddress('127.0.0.1:1'));
    client.close();
    check('nothing but the port on stdout', () => assert.equal(child.later(), ''));
    console.log(`conformance: ${checks} checks passed`);
  } finally {
    child.kill();
  }
}

main().catch((error) => {
  console.error(`conformance failed: ${error.stack || error}`);
  process.exit(1);
});
