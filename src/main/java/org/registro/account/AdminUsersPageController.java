package org.registro.account;


import org.registro.security.Actor;
import org.registro.security.Permissions;
import org.registro.system.RegistryProperties;
import org.registro.web.BadRequestException;
import org.registro.web.ConflictException;
import org.registro.web.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users} for sysadmins and coordinators: the accounts, creating one (with a password
 * or an invitation link), enabling and disabling. Only sysadmins grant or take the coordinator and
 * sysadmin roles, and only they disable a sysadmin or a coordinator.
 */
@Controller
@RequestMapping("/admin/users")
class AdminUsersPageController {

	private final AccountService accounts;

	private final Permissions permissions;

	private final String baseUri;

	AdminUsersPageController(AccountService accounts, Permissions permissions, RegistryProperties properties) {
		this.accounts = accounts;
		this.permissions = permissions;
		this.baseUri = properties.baseUri();
	}

	@GetMapping
	ModelAndView list() {
		allowed();
		return page();
	}

	@PostMapping
	ModelAndView create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password) {
		allowed();
		try {
			AccountService.Created created = accounts.create(username, password.isEmpty() ? null : password, name, email);
			ModelAndView mav = page().addObject("created", created.account());
			if (created.invitation() != null) {
				mav.addObject("invitation", baseUri + InvitationLinks.path(created.invitation()));
			}
			return mav;
		}
		catch (AccountException ex) {
			return Forms.invalid(page(), ex).addObject("form", new String[] { username, name, email });
		}
		catch (ConflictException ex) {
			ModelAndView mav = Forms.invalid(page(), "username", "account.error.taken").addObject("form", new String[] { username, name, email });
			mav.setStatus(HttpStatus.CONFLICT);
			return mav;
		}
	}

	/** {@code change}: enable, disable, grant-coordinator, revoke-coordinator, grant-sysadmin, revoke-sysadmin. */
	@PostMapping("/{username}")
	ModelAndView change(@PathVariable String username, @RequestParam(defaultValue = "") String change, RedirectAttributes redirect) {
		Actor actor = allowed();
		Account target = accounts.get(username);
		boolean roleChange = !change.equals("enable") && !change.equals("disable");
		if (!actor.sysadmin() && (roleChange || target.sysadmin() || target.coordinator())) {
			throw new ForbiddenException("Only sysadmins change roles, or the accounts of sysadmins and coordinators");
		}
		switch (change) {
			case "enable", "disable" -> accounts.setFlags(username, change.equals("enable"), null, null);
			case "grant-coordinator", "revoke-coordinator" -> accounts.setFlags(username, null, null, change.startsWith("grant"));
			case "grant-sysadmin", "revoke-sysadmin" -> accounts.setFlags(username, null, change.startsWith("grant"), null);
			default -> throw new BadRequestException("Unknown change '" + change + "'");
		}
		redirect.addFlashAttribute("notice", "admin.notice.changed");
		return new ModelAndView("redirect:/admin/users");
	}

	private Actor allowed() {
		Actor actor = permissions.current();
		if (!permissions.editsAll(actor)) {
			throw new ForbiddenException("Only sysadmins and coordinators manage accounts");
		}
		return actor;
	}

	private ModelAndView page() {
		return new ModelAndView("account/admin-users").addObject("users", accounts.all()).addObject("path", "/admin/users");
	}

}
