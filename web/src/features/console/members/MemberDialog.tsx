import { useEffect, useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../../gql/graphql';
import { Dialog } from '../../../ui/Dialog';
import { Button } from '../../../ui/Button';
import { Checkbox, SelectField } from '../../../ui/Field';
import { Notice } from '../../../ui/Feedback';
import { MutationErrors } from '../shared/MutationErrors';
import { useAction } from '../shared/useAction';
import { AssignCustomerRolesDocument, RemoveMemberDocument, SetMemberRolesDocument } from './operations';
import { staffRoles } from './roles';
import type { Member } from './MembersCard';

/** One member's staff role and customer roles, and removing them (asked twice). */
export function MemberDialog({ member, roles, onClose, onRemoved }: {
  member: Member | null;
  roles: { key: string; name: string }[];
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { t } = useTranslation('console');
  const [staffRole, setStaffRole] = useState('');
  const [customerRoles, setCustomerRoles] = useState<string[]>([]);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [, setMemberRoles] = useMutation(SetMemberRolesDocument);
  const [, assignCustomerRoles] = useMutation(AssignCustomerRolesDocument);
  const [, removeMember] = useMutation(RemoveMemberDocument);
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    setStaffRole(member?.staffRole ?? '');
    setCustomerRoles(member?.customerRoles.filter((key) => key !== 'public') ?? []);
    setConfirmRemove(false);
    reset();
  }, [member, reset]);

  if (!member) return <Dialog open={false} title="" onClose={onClose}>{null}</Dialog>;

  const save = async () => {
    setBusy(true);
    const role = (staffRole || null) as StaffRole | null;
    const staffSaved = role === (member.staffRole ?? null)
      || await action.run(setMemberRoles({ membershipId: member.id, staffRole: role }), (data) => data.setMemberRoles);
    if (staffSaved) {
      const saved = await action.run(assignCustomerRoles({ membershipId: member.id, roles: customerRoles }), (data) => data.assignCustomerRoles);
      if (saved) onClose();
    }
    setBusy(false);
  };

  const remove = async () => {
    setBusy(true);
    const removed = await action.run(removeMember({ membershipId: member.id }), (data) => data.removeMember);
    setBusy(false);
    if (removed) onRemoved();
  };

  return (
    <Dialog open title={member.user.displayName} onClose={onClose}>
      <div className="stack stack-m">
        <p className="muted">{member.user.email}</p>
        <SelectField label={t('members.staffRole')} value={staffRole} onChange={(event) => setStaffRole(event.target.value)}>
          <option value="">{t('members.customer')}</option>
          {staffRoles.map((role) => <option key={role} value={role}>{t(`members.role.${role}`)}</option>)}
        </SelectField>
        <fieldset>
          <legend>{t('members.customerRoles')}</legend>
          <p className="muted">{t('members.publicImplicit')}</p>
          {roles.length === 0 ? <p className="muted">{t('members.noCustomerRoles')}</p> : null}
          {roles.map((role) => (
            <Checkbox
              key={role.key}
              label={role.name}
              checked={customerRoles.includes(role.key)}
              onChange={(event) => setCustomerRoles((current) => (event.target.checked ? [...current, role.key] : current.filter((key) => key !== role.key)))}
            />
          ))}
        </fieldset>
        <MutationErrors error={action.error} userErrors={action.userErrors} />
        {confirmRemove ? (
          <Notice tone="warning" title={t('members.removeTitle')}>
            <p>{t('members.removeBody', { name: member.user.displayName })}</p>
            <div className="console-actions">
              <Button variant="danger" busy={busy} onClick={() => void remove()}>{t('members.removeConfirm')}</Button>
              <Button variant="secondary" onClick={() => setConfirmRemove(false)}>{t('common:cancel')}</Button>
            </div>
          </Notice>
        ) : null}
        <div className="console-actions">
          <Button busy={busy} onClick={() => void save()}>{t('common:save')}</Button>
          <Button variant="secondary" onClick={onClose}>{t('common:close')}</Button>
          {confirmRemove ? null : <Button variant="ghost" onClick={() => setConfirmRemove(true)}>{t('members.remove')}</Button>}
        </div>
      </div>
    </Dialog>
  );
}
