package it.lombardia.codesign.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select u from UserAccount u
            where :text is null
               or lower(u.username) like lower(concat('%', :text, '%'))
               or lower(u.displayName) like lower(concat('%', :text, '%'))
            """)
    Page<UserAccount> search(String text, Pageable pageable);

    @Query("select count(u) from UserAccount u where :text is null"
            + " or lower(u.username) like lower(concat('%', :text, '%'))"
            + " or lower(u.displayName) like lower(concat('%', :text, '%'))")
    long countSearch(String text);

    @Query("""
            select distinct u.username from UserAccount u join u.roles r join u.clusterCodes c
            where u.enabled = true and r = :role and c in :clusterCodes
            """)
    List<String> findEnabledUsernamesWithRoleInClusters(Role role, Collection<String> clusterCodes);

    @Query("select distinct u.username from UserAccount u join u.roles r where u.enabled = true and r = :role")
    List<String> findEnabledUsernamesWithRole(Role role);

    List<UserAccount> findByEnabledTrueOrderByDisplayNameAsc();

    @Query("select u from UserAccount u where lower(u.username) in :lowercaseUsernames")
    List<UserAccount> findByLowercaseUsernames(Collection<String> lowercaseUsernames);
}
