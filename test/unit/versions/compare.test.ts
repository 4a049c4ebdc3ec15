import * as assert from 'node:assert/strict';
import { ProvisionChange, compareVersions } from '../../../src/core/versions/compareVersions';
import { ComparableProvision } from '../../../src/core/versions/provisionContent';

/** Articles numbered 1, 2, … in the order given, Chinese only, as a law without a translation. */
function law(...texts: string[]): ComparableProvision[] {
  return texts.map((zh, index) => ({ number: index + 1, text: { zh, en: '' } }));
}

function summary(changes: readonly ProvisionChange[]): string[] {
  return changes.map((change) => {
    const extra = change.mergedInto ? ` into ${change.mergedInto}` : change.splitFrom ? ` from ${change.splitFrom}` : '';
    return `${change.kind} ${change.old ?? '-'}→${change.new ?? '-'}${extra}`;
  });
}

const PURPOSE = '为了保护野生动物，拯救珍贵、濒危野生动物，维护生物多样性和生态平衡，推进生态文明建设，制定本法。';
const SCOPE = '在中华人民共和国领域及管辖的其他海域，从事野生动物保护及相关活动，适用本法。';
const OWNERSHIP = '野生动物资源属于国家所有。';
const HABITAT = '国家保护野生动物及其栖息地。县级以上人民政府应当制定野生动物及其栖息地相关保护规划和措施，并将野生动物保护经费纳入预算。';
const DUTY = '任何组织和个人都有保护野生动物及其栖息地的义务。禁止违法猎捕野生动物、破坏野生动物栖息地。';
const DUTY_REWRITTEN = '任何组织和个人有保护野生动物及其栖息地的义务。禁止违法猎捕、运输、交易野生动物，禁止破坏野生动物栖息地。';
const ADMINISTRATION = '国务院林业草原、渔业主管部门分别主管全国陆生、水生野生动物保护工作。';
const AWARDS = '在野生动物保护和科学研究方面成绩显著的组织和个人，由县级以上人民政府给予奖励。';
const PUBLIC_HEALTH = '社会公众应当增强保护野生动物和维护公共卫生安全的意识，防止野生动物源性传染病传播，抵制违法食用野生动物，养成文明健康的生活方式。';
const CLASSIFICATION = '国家对野生动物实行分类分级保护。';
const LIST = '国家对珍贵、濒危的野生动物实行重点保护。国家重点保护的野生动物分为一级保护野生动物和二级保护野生动物。国家重点保护野生动物名录，由国务院野生动物保护主管部门组织科学评估后制定，并每五年根据评估情况确定对名录进行调整。';

describe('compareVersions', () => {
  it('calls every article the same in both versions unchanged', () => {
    const text = law(PURPOSE, SCOPE, OWNERSHIP);
    assert.deepEqual(summary(compareVersions(text, text).changes), ['unchanged 1→1', 'unchanged 2→2', 'unchanged 3→3']);
  });

  it('follows articles renumbered by an inserted one to their new numbers', () => {
    const before = law(PURPOSE, SCOPE, OWNERSHIP, HABITAT);
    const after = law(PURPOSE, SCOPE, PUBLIC_HEALTH, OWNERSHIP, HABITAT);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'unchanged 2→2', 'added -→3', 'renumbered 3→4', 'renumbered 4→5']);
  });

  it('matches a rewritten article that keeps most of its text, renumbered too', () => {
    const before = law(PURPOSE, OWNERSHIP, DUTY, ADMINISTRATION);
    const after = law(PURPOSE, CLASSIFICATION, OWNERSHIP, DUTY_REWRITTEN, ADMINISTRATION);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'added -→2', 'renumbered 2→3', 'changed 3→4', 'renumbered 4→5']);
  });

  it('matches by content, not by number: an article moved elsewhere is followed there', () => {
    const before = law(PURPOSE, AWARDS, SCOPE, OWNERSHIP);
    const after = law(PURPOSE, SCOPE, OWNERSHIP, AWARDS);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'renumbered 3→2', 'renumbered 4→3', 'renumbered 2→4']);
  });

  it('splits an article in two: the larger part is its successor, the other is added from it', () => {
    const [first, second] = [LIST.slice(0, LIST.indexOf('国家重点保护野生动物名录')), LIST.slice(LIST.indexOf('国家重点保护野生动物名录'))];
    const before = law(CLASSIFICATION, LIST, AWARDS);
    const after = law(CLASSIFICATION, first, second.replace('每五年', '每五年或者根据需要'), AWARDS);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'added -→2 from 2', 'changed 2→3', 'renumbered 3→4']);
  });

  it('merges two articles into one: the larger is its predecessor, the other is removed into it', () => {
    const before = law(PURPOSE, OWNERSHIP, HABITAT, AWARDS);
    const after = law(PURPOSE, `${OWNERSHIP}${HABITAT}`, AWARDS);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'removed 2→- into 2', 'changed 3→2', 'renumbered 4→3']);
  });

  it('lists an added and a removed article, the removed one where it stood', () => {
    const before = law(PURPOSE, SCOPE, AWARDS, OWNERSHIP);
    const after = law(PURPOSE, SCOPE, OWNERSHIP, PUBLIC_HEALTH);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'unchanged 2→2', 'removed 3→-', 'renumbered 4→3', 'added -→4']);
  });

  it('puts a removed first article first', () => {
    const before = law(AWARDS, PURPOSE, SCOPE);
    const after = law(PURPOSE, SCOPE);
    assert.deepEqual(summary(compareVersions(before, after).changes), ['removed 1→-', 'renumbered 2→1', 'renumbered 3→2']);
  });

  it('does not match two different articles that share only the stock phrases of the law', () => {
    const before = law(HABITAT, '县级以上人民政府野生动物保护主管部门应当加强执法检查。', AWARDS);
    const after = law(HABITAT, AWARDS, '县级以上人民政府应当建立野生动物收容救护机构。');
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'removed 2→-', 'renumbered 3→2', 'added -→3']);
  });

  it('matches an article replaced in place by one somewhat alike, between two matched neighbours', () => {
    const before = law(PURPOSE, SCOPE, '本法自2017年1月1日起施行。');
    const after = law(PURPOSE, SCOPE, '本法自2023年5月1日起施行。');
    assert.deepEqual(summary(compareVersions(before, after).changes), ['unchanged 1→1', 'unchanged 2→2', 'changed 3→3']);
  });

  it('pairs identical twins in order and accounts for every old article exactly once', () => {
    const before = law('（删除）', PURPOSE, '（删除）', SCOPE);
    const after = law(PURPOSE, '（删除）', SCOPE);
    const changes = compareVersions(before, after).changes;
    const olds = changes.flatMap((change) => (change.old === null ? [] : [change.old])).sort((a, b) => a - b);
    assert.deepEqual(olds, [1, 2, 3, 4]);
    assert.deepEqual(
      changes.filter((change) => change.new !== null).map((change) => change.new),
      [1, 2, 3],
    );
  });

  it('ignores white space and compares English word by word when there is no Chinese', () => {
    const english = (...texts: string[]): ComparableProvision[] => texts.map((en, index) => ({ number: index + 1, text: { en, zh: '' } }));
    const before = english('The State protects wildlife.', 'Wildlife resources are owned by the State.');
    const after = english('Wildlife  resources are owned by the State.', 'The State protects wildlife and its habitats, and funds their protection.');
    const comparison = compareVersions(before, after);
    assert.equal(comparison.language, 'en');
    assert.deepEqual(summary(comparison.changes), ['renumbered 2→1', 'changed 1→2']);
  });

  it('sees a change in either language of a bilingual document, and a changed heading', () => {
    const before: ComparableProvision[] = [{ number: 1, title: { en: 'Ownership', zh: '所有权' }, text: { en: 'Owned by the State.', zh: OWNERSHIP } }];
    const translated: ComparableProvision[] = [{ number: 1, title: { en: 'Ownership', zh: '所有权' }, text: { en: 'Belongs to the State.', zh: OWNERSHIP } }];
    const retitled: ComparableProvision[] = [{ number: 1, title: { en: 'Ownership', zh: '国家所有' }, text: { en: 'Owned by the State.', zh: OWNERSHIP } }];
    assert.deepEqual(summary(compareVersions(before, translated).changes), ['changed 1→1']);
    assert.deepEqual(summary(compareVersions(before, retitled).changes), ['changed 1→1']);
  });
});
