-- The demo proposals' co-proposers have accepted their invitations.
insert into proposal_invitation (proposal_id, cluster_code, status, invited_by, invited_at, answered_by, answered_at)
select c.proposal_id, c.cluster_code, 'ACCEPTED', p.created_by, p.created_at, p.created_by, p.created_at
  from proposal_co_cluster c join proposal p on p.id = c.proposal_id
 where not exists (select 1 from proposal_invitation i
                    where i.proposal_id = c.proposal_id and i.cluster_code = c.cluster_code);
