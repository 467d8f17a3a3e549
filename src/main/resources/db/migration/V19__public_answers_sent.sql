-- A reviewer's public answer reaches the proposing clusters when the reviewer sends it with a
-- decision or a change request, not while it is being written: the text as sent, and when.
alter table assessment add column sent_answer varchar(10000);
alter table assessment add column answer_sent_at timestamp with time zone;

-- Answers written before this change were shown at once; those of proposals that have since had a
-- change request or a decision count as sent with it.
update assessment set sent_answer = public_answer, answer_sent_at = updated_at
where public_answer is not null
  and exists (select 1 from proposal p where p.id = assessment.proposal_id
              and p.status in ('CHANGES_REQUESTED', 'RESUBMITTED', 'APPROVED', 'REJECTED'));
